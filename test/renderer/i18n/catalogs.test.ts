import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/src/i18n/en';
import { ur } from '../../../renderer/src/i18n/ur';
import { directionOf, interpolate, translator } from '../../../renderer/src/i18n/translate';
import { englishProseParams, uiOnlyParams, type EngineErrorKey } from '../../../shared/errorTexts';
import { expectUrduCatalogue } from './catalogCheck';

/** An engine error's Urdu keeps its English placeholders, except English prose, plus the UI-only ones. */
function engineErrorPlaceholders(key: string, english: string[]): string[] {
  const errorKey = /^err(?:Hint)?_(.+)$/.exec(key)?.[1];
  if (errorKey === undefined || key.startsWith('errCode')) return english;
  const unique = english.filter((name) => !englishProseParams.has(name));
  const extra = key.startsWith('err_') ? (uiOnlyParams[errorKey as EngineErrorKey] ?? []) : [];
  return [...unique, ...extra];
}

// Strings that are the same in both languages, or name the other language on purpose.
const latinInUrdu = new Set([
  'otherLanguage',
  'vfr',
  // Platform names are brands, written as the platforms write them.
  'preset_reels',
  'preset_tiktok',
  'preset_shorts',
  'preset_x',
  'preset_linkedin',
]);

describe('UI strings', () => {
  it('Urdu has exactly the English keys, written in Urdu, with the same placeholders', () => {
    expectUrduCatalogue(en, ur, [...latinInUrdu], engineErrorPlaceholders);
  });

  it('uses the agreed words', () => {
    expect(ur.newSession).toBe('نیا سیشن');
    expect(ur.importFootage).toBe('فوٹیج درآمد کریں');
    expect(ur.jobs).toBe('کام');
    expect(ur.cancel).toBe('منسوخ کریں');
    expect(ur.appName).toBe('گفتگو');
    expect(ur.transcribe).toBe('ٹرانسکرائب کریں');
    expect(ur.model).toBe('ماڈل');
    expect(ur.langAuto).toBe('خودکار شناخت');
    expect(ur.alsoTranslate).toBe('انگریزی میں ترجمہ بھی کریں');
    expect(ur.noSpeech).toContain('کوئی بات چیت نہیں ملی');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{name} left: {time}', { name: 'a.mp4', time: '0:07' })).toBe('a.mp4 left: 0:07');
    expect(interpolate('{missing}', {})).toBe('{missing}');
    expect(translator('ur')('timeLeft', { time: '1:05' })).toBe('1:05 باقی');
    expect(translator('en')('fileCount', { count: 3 })).toBe('3 files');
  });

  it('writes Urdu right to left', () => {
    expect(directionOf('ur')).toBe('rtl');
    expect(directionOf('en')).toBe('ltr');
  });
});
