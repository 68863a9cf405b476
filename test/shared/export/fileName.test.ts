import { describe, expect, it } from 'vitest';
import { expandTemplate, sanitiseFileName, uniqueStem } from '../../../shared/export/fileName';
import { DEFAULT_FILE_NAME_TEMPLATE } from '../../../shared/model/clips';

describe('file names', () => {
  it('expands the default template', () => {
    expect(
      expandTemplate(DEFAULT_FILE_NAME_TEMPLATE, {
        session: 'Karachi Dialogue',
        speaker: 'Ayesha',
        preset: 'reels',
        n: '1',
      }),
    ).toBe('Karachi-Dialogue_Ayesha_reels_1');
  });

  it('keeps Urdu letters and replaces characters file systems refuse', () => {
    expect(sanitiseFileName('کراچی مکالمہ: پانی/بجلی?')).toBe('کراچی-مکالمہ-پانی-بجلی');
    expect(sanitiseFileName('a*b"c<d>e|f\\g')).toBe('a-b-c-d-e-f-g');
    expect(sanitiseFileName('..hidden.')).toBe('hidden');
  });

  it('drops an empty token and its separator', () => {
    expect(expandTemplate('{session}_{speaker}_{preset}_{n}', { session: 'S', preset: 'x', n: '2' })).toBe(
      'S_x_2',
    );
    expect(expandTemplate('{speaker}', {})).toBe('clip');
    expect(expandTemplate('{session}', { session: 'con' })).toBe('con_');
  });

  it('limits the length in UTF-8 bytes', () => {
    const stem = expandTemplate('{session}', { session: 'ب'.repeat(300) });
    expect(Buffer.byteLength(stem)).toBeLessThanOrEqual(180);
  });

  it('numbers names that are taken, ignoring case', () => {
    const taken = new Set(['Clip_reels_1', 'clip_reels_1-2']);
    expect(uniqueStem('clip_reels_1', taken)).toBe('clip_reels_1-3');
    expect(uniqueStem('clip_reels_1', taken)).toBe('clip_reels_1-4');
    expect(uniqueStem('other', taken)).toBe('other');
  });
});

describe('file names cut by bytes', () => {
  it('never splits a letter from its marks or an emoji from its modifier at the 180-byte cut', () => {
    const toned = '👩🏽';
    for (const filler of ['', 'a', 'ab', 'abc', 'abcd', 'abcde', 'abcdef', 'abcdefg']) {
      const stem = expandTemplate('{clip}', { clip: `${filler}${toned.repeat(30)}` });
      expect(new TextEncoder().encode(stem).length).toBeLessThanOrEqual(180);
      expect(
        stem
          .slice(filler.length)
          .split(toned)
          .every((part) => part === ''),
      ).toBe(true);
    }
    const original = 'مُحَمَّد'.repeat(30);
    const urdu = expandTemplate('{clip}', { clip: original });
    expect(original.startsWith(urdu)).toBe(true);
    expect(/[\u064B-\u0652]/.test(original.charAt(urdu.length))).toBe(false);
  });
});
