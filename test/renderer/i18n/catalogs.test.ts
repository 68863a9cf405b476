import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/src/i18n/en';
import { ur } from '../../../renderer/src/i18n/ur';
import { directionOf, interpolate, translator } from '../../../renderer/src/i18n/translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const arabicScript = /[\u0600-\u06FF]/;
// Strings that are the same in both languages, or name the other language on purpose.
const latinInUrdu = new Set(['otherLanguage', 'vfr']);

describe('UI strings', () => {
  it('Urdu has exactly the English keys', () => {
    expect(Object.keys(ur).sort()).toEqual(Object.keys(en).sort());
  });

  it('every Urdu string is written in Urdu and keeps the same placeholders', () => {
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(ur[key].trim(), key).not.toBe('');
      if (!latinInUrdu.has(key)) expect(ur[key], key).toMatch(arabicScript);
      expect(placeholders(ur[key]), key).toEqual(placeholders(en[key]));
    }
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
