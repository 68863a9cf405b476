import { describe, expect, it } from 'vitest';
import type { InstalledModel } from '../../../shared/model/whisperModels';
import {
  defaultModel,
  languageAdvice,
  languageNameKey,
  recommendedDownloads,
  transcribeLanguages,
  verificationKey,
  type CatalogueEntry,
} from '../../../renderer/src/transcription/modelChoice';

const model = (id: string, extra: Partial<InstalledModel> = {}): InstalledModel => ({
  id,
  fileName: `ggml-${id}.bin`,
  path: `/models/ggml-${id}.bin`,
  sizeBytes: 1000,
  source: 'catalogue',
  verification: 'checksum',
  verified: true,
  multilingual: true,
  family: 'tiny',
  ...extra,
});

const entry = (id: string, bytes: number): CatalogueEntry => ({
  id,
  fileName: `ggml-${id}.bin`,
  bytes,
  multilingual: true,
  family: 'small',
  hasChecksum: true,
  note: '',
});

describe('defaultModel', () => {
  it('is undefined when nothing usable is installed', () => {
    expect(defaultModel([])).toBeUndefined();
    expect(defaultModel([model('small', { family: 'small', verification: 'damaged' })])).toBeUndefined();
  });

  it('prefers the largest multilingual family: small > base > tiny', () => {
    const tiny = model('tiny');
    const base = model('base', { family: 'base' });
    const small = model('small', { family: 'small', verification: 'size', verified: false });
    expect(defaultModel([tiny, small, base])?.id).toBe('small');
    expect(defaultModel([tiny, base])?.id).toBe('base');
    expect(defaultModel([model('large-v3', { family: 'large' }), small])?.id).toBe('large-v3');
  });

  it('prefers a multilingual model to a larger English-only one, and skips damaged ones', () => {
    const smallEn = model('small.en', { family: 'small', multilingual: false });
    expect(defaultModel([smallEn, model('base', { family: 'base' })])?.id).toBe('base');
    expect(defaultModel([smallEn])?.id).toBe('small.en');
    const damaged = model('medium', { family: 'medium', verification: 'damaged' });
    expect(defaultModel([damaged, model('tiny')])?.id).toBe('tiny');
  });

  it('within a family prefers a checksum-verified, then the bigger (unquantized) file', () => {
    const quantized = model('small-q5_1', { family: 'small', sizeBytes: 190 });
    const full = model('small', { family: 'small', sizeBytes: 487 });
    expect(defaultModel([quantized, full])?.id).toBe('small');
    const unverified = model('small', { family: 'small', sizeBytes: 487, verification: 'size' });
    expect(defaultModel([unverified, quantized])?.id).toBe('small-q5_1');
  });

  it('ranks an imported model of unknown family last', () => {
    const custom = model('my-urdu', { family: undefined, multilingual: undefined, source: 'imported' });
    expect(defaultModel([custom, model('tiny')])?.id).toBe('tiny');
    expect(defaultModel([custom])?.id).toBe('my-urdu');
  });
});

describe('languageAdvice', () => {
  it('warns that Urdu needs at least small with tiny or base', () => {
    expect(languageAdvice('ur', model('tiny'))).toBe('urduNeedsSmall');
    expect(languageAdvice('ur', model('base', { family: 'base' }))).toBe('urduNeedsSmall');
    expect(languageAdvice('ur', model('small', { family: 'small' }))).toBeUndefined();
    expect(languageAdvice('en', model('tiny'))).toBeUndefined();
    expect(languageAdvice('ur', undefined)).toBeUndefined();
  });

  it('warns that an English-only model cannot do other languages', () => {
    const tinyEn = model('tiny.en', { multilingual: false });
    expect(languageAdvice('ur', tinyEn)).toBe('englishOnlyModel');
    expect(languageAdvice('auto', tinyEn)).toBe('englishOnlyModel');
    expect(languageAdvice('en', tinyEn)).toBeUndefined();
  });
});

describe('recommendedDownloads, labels', () => {
  it('offers small for Urdu and base for English drafts, with catalogue sizes', () => {
    const offers = recommendedDownloads([entry('tiny', 1), entry('base', 148), entry('small', 488)]);
    expect(offers.map((offer) => [offer.entry.id, offer.entry.bytes, offer.reason])).toEqual([
      ['small', 488, 'recommendedForUrdu'],
      ['base', 148, 'recommendedForDrafts'],
    ]);
    expect(recommendedDownloads([])).toEqual([]);
  });

  it('names the verification and every offered language', () => {
    expect(verificationKey('checksum')).toBe('modelVerified');
    expect(verificationKey('size')).toBe('modelNotVerified');
    expect(verificationKey('custom')).toBe('modelNotVerified');
    expect(verificationKey('damaged')).toBe('modelDamaged');
    for (const code of transcribeLanguages) expect(languageNameKey(code), code).toBeDefined();
    expect(languageNameKey('de')).toBeUndefined();
  });
});
