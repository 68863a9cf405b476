import { describe, expect, it } from 'vitest';
import {
  chooseDtwPreset,
  dtwPresetForModelId,
  dtwPresets,
  presetFitsModel,
  type DtwChoice,
  type ModelShape,
} from '../../../shared/transcript/dtwPreset';
import { whisperModelCatalogue } from '../../../shared/model/whisperModels';

describe('dtwPresetForModelId', () => {
  it.each([
    ['tiny', 'tiny'],
    ['tiny.en', 'tiny.en'],
    ['tiny-q5_1', 'tiny'],
    ['tiny.en-q5_1', 'tiny.en'],
    ['base', 'base'],
    ['base.en', 'base.en'],
    ['base-q5_1', 'base'],
    ['small', 'small'],
    ['small.en', 'small.en'],
    ['small-q5_1', 'small'],
    ['medium', 'medium'],
    ['medium.en', 'medium.en'],
    ['medium-q5_0', 'medium'],
    ['large-v1', 'large.v1'],
    ['large-v2', 'large.v2'],
    ['large-v3', 'large.v3'],
    ['large-v3-q5_0', 'large.v3'],
    ['large-v3-turbo', 'large.v3.turbo'],
    ['large-v3-turbo-q5_0', 'large.v3.turbo'],
    ['large-v3-turbo-q8_0', 'large.v3.turbo'],
    // Not the catalogue's: no preset (an imported fine-tune, a test model, a made-up name).
    ['for-tests-ggml-tiny', undefined],
    ['urdu-small-finetune', undefined],
    ['large', undefined],
    ['small-q5', undefined],
    ['', undefined],
  ])('%s → %s', (id, preset) => {
    expect(dtwPresetForModelId(id)).toBe(preset);
  });

  it('every catalogue model has a preset', () => {
    for (const entry of whisperModelCatalogue) expect(dtwPresetForModelId(entry.id), entry.id).toBeDefined();
  });
});

// Headers as whisper.cpp's models state them (n_audio_layer, n_text_layer, n_mels, n_vocab).
const headers: Record<string, ModelShape> = {
  tiny: { nAudioLayer: 4, nTextLayer: 4, nMels: 80, nVocab: 51865 },
  'tiny.en': { nAudioLayer: 4, nTextLayer: 4, nMels: 80, nVocab: 51864 },
  small: { nAudioLayer: 12, nTextLayer: 12, nMels: 80, nVocab: 51865 },
  'large-v2': { nAudioLayer: 32, nTextLayer: 32, nMels: 80, nVocab: 51865 },
  'large-v3': { nAudioLayer: 32, nTextLayer: 32, nMels: 128, nVocab: 51866 },
  'large-v3-turbo': { nAudioLayer: 32, nTextLayer: 4, nMels: 128, nVocab: 51866 },
};

describe('presetFitsModel', () => {
  it.each([
    ['tiny', 'tiny', true],
    ['tiny.en', 'tiny.en', true],
    ['tiny', 'tiny.en', false],
    ['small', 'small', true],
    ['small', 'tiny', false],
    ['large.v2', 'large-v2', true],
    ['large.v1', 'large-v2', true],
    ['large.v3', 'large-v3', true],
    ['large.v2', 'large-v3', false],
    ['large.v3', 'large-v3-turbo', false],
    ['large.v3.turbo', 'large-v3-turbo', true],
  ] as const)('%s on a %s header: %s', (preset, model, fits) => {
    expect(presetFitsModel(preset, headers[model]!)).toBe(fits);
  });

  it('knows the shape of every preset', () => {
    expect(
      dtwPresets.filter((preset) => Object.values(headers).some((h) => presetFitsModel(preset, h))),
    ).toEqual(['tiny', 'tiny.en', 'small', 'large.v1', 'large.v2', 'large.v3', 'large.v3.turbo']);
  });
});

describe('chooseDtwPreset', () => {
  it.each<[string, Parameters<typeof chooseDtwPreset>[0], DtwChoice]>([
    ['catalogue model', { buildHasDtw: true, catalogueId: 'small' }, { ok: true, preset: 'small' }],
    [
      'catalogue model, header agrees',
      { buildHasDtw: true, catalogueId: 'large-v3-turbo-q5_0', header: headers['large-v3-turbo'] },
      { ok: true, preset: 'large.v3.turbo' },
    ],
    [
      'a file named like a catalogue model whose header differs',
      { buildHasDtw: true, catalogueId: 'small', header: headers['tiny'] },
      { ok: false, refusal: 'preset-mismatch' },
    ],
    ['1.5.0 (no -dtw)', { buildHasDtw: false, catalogueId: 'small' }, { ok: false, refusal: 'no-dtw-build' }],
    [
      'imported model',
      { buildHasDtw: true, header: headers['small'] },
      { ok: false, refusal: 'unknown-model' },
    ],
    [
      'imported model with a preset named by hand that fits',
      { buildHasDtw: true, explicitPreset: 'small', header: headers['small'] },
      { ok: true, preset: 'small' },
    ],
    [
      'a preset named by hand that does not fit',
      { buildHasDtw: true, explicitPreset: 'large.v3', header: headers['small'] },
      { ok: false, refusal: 'preset-mismatch' },
    ],
    [
      'a preset that does not exist',
      { buildHasDtw: true, explicitPreset: 'large-v3', header: headers['large-v3'] },
      { ok: false, refusal: 'unknown-preset' },
    ],
    [
      'the build comes first',
      { buildHasDtw: false, explicitPreset: 'nonsense' },
      { ok: false, refusal: 'no-dtw-build' },
    ],
  ])('%s', (_label, input, expected) => {
    expect(chooseDtwPreset(input)).toEqual(expected);
  });
});
