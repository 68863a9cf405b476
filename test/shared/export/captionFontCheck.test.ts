import { describe, expect, it } from 'vitest';
import { captionFontWarnings, MAX_GLYPH_WARNINGS } from '../../../shared/export/captionFontCheck';
import type { Shaper } from '../../../shared/export/captionLayout';
import { captionStyleSchema, type CaptionFont } from '../../../shared/model/clips';

const cue = (id: string, text: string) => ({ id, startMs: 0, endMs: 1000, text, words: [] });
/** A stand-in character map: the Arabic fonts have Arabic letters only, Noto Sans the rest below U+2000. */
const hasGlyph = (family: string, codePoint: number) =>
  family === 'Noto Sans'
    ? codePoint < 0x0600 || (codePoint > 0x06ff && codePoint < 0x2000)
    : codePoint >= 0x0600 && codePoint <= 0x06ff;
const warnings = (font: CaptionFont, shaper: Shaper, text = 'ہم نے social media پر بات کی') =>
  captionFontWarnings({
    clipId: 'k',
    clipLabel: 'Clip',
    style: captionStyleSchema.parse({ id: 's', name: 'S', font }),
    shaper,
    tracks: [{ direction: 'rtl', cues: [cue('c1', text)] }],
    hasGlyph,
  });

describe('captionFontWarnings', () => {
  const table: [CaptionFont, Shaper, string[]][] = [
    ['nastaliq', 'fribidi', ['font-substituted']],
    ['nastaliq', 'unknown', ['font-substituted']],
    ['nastaliq', 'harfbuzz', []],
    ['auto', 'fribidi', []],
    ['naskh', 'harfbuzz', []],
  ];
  it.each(table)('font %s with shaper %s warns %j', (font, shaper, kinds) => {
    expect(warnings(font, shaper).map((warning) => warning.kind)).toEqual(kinds);
  });

  it('checks each character in the font that draws it (Latin in Noto Sans) and names char and cue', () => {
    const found = warnings('auto', 'harfbuzz', 'ہم نے ☃ دیکھا ☃');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      kind: 'missing-glyph',
      cueId: 'c1',
      char: '☃',
      fontFamily: 'Noto Sans',
    });
  });

  it(`stops after ${MAX_GLYPH_WARNINGS} characters per clip`, () => {
    const many = Array.from({ length: 30 }, (_, index) => String.fromCodePoint(0x2600 + index)).join(' ');
    const none = (family: string) => family === 'none';
    const found = captionFontWarnings({
      clipId: 'k',
      clipLabel: 'Clip',
      style: captionStyleSchema.parse({ id: 's', name: 'S' }),
      shaper: 'harfbuzz',
      tracks: [{ direction: 'ltr', cues: [cue('c1', many)] }],
      hasGlyph: none,
    });
    expect(found).toHaveLength(MAX_GLYPH_WARNINGS);
  });
});
