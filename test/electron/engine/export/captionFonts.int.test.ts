import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openSync, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { prepareBurnedCaptions } from '../../../../electron/engine/export/captions';
import { bundledGlyphLookup, fontFile } from '../../../../electron/engine/export/fontGlyphs';
import { detectShaper } from '../../../../electron/engine/export/tools';
import { captionFontWarnings } from '../../../../shared/export/captionFontCheck';
import { FONT_FAMILIES, LETTER_HEIGHT_PER_SIZE } from '../../../../shared/export/captionLayout';
import { captionStyleSchema, type Clip } from '../../../../shared/model/clips';
import type { Track } from '../../../../shared/transcript/model';
import { burnFrames } from '../../../support/captionFrames';
import { countEmptyBoxes } from '../../../support/emptyBoxes';
import { bundledFfmpeg } from '../../../support/makeMedia';
import { useTempDirs } from '../../../support/tempDir';
import { URDU_LINES } from '../../../support/captionLines';

const tempDir = useTempDirs('guftagu-fonts-');
const W = 960;
const H = 200;
const MIXED = 'ہم نے social media پر 3 campaigns شروع کیں۔';

const urduTrack = (texts: readonly string[]): Track => ({
  id: 'ur',
  language: 'ur',
  direction: 'rtl',
  kind: 'transcript',
  cues: texts.map((text, index) => ({
    id: `c${index}`,
    startMs: index * 1000,
    endMs: index * 1000 + 800,
    text,
    words: [],
  })),
});
const clip = { id: 'k', mediaId: 'm', startMs: 0, endMs: 60_000, title: 'Test' } as Clip;

/** Every family an ASS file names (its styles and its \fn overrides). */
const familiesIn = (ass: string) => [
  ...new Set([
    ...[...ass.matchAll(/^Style: [^,]+,([^,]+),/gm)].map((match) => match[1] as string),
    ...[...ass.matchAll(/\\fn([^\\}]+)/g)].map((match) => match[1] as string),
  ]),
];

describe('choosing Nastaliq with a FriBidi-only ffmpeg', () => {
  it('never burns boxes: the export sets Naskh, says why, and every glyph is drawn', async () => {
    const shaper = await detectShaper(bundledFfmpeg());
    expect(shaper).toBe('fribidi');
    const style = captionStyleSchema.parse({
      id: 'n',
      name: 'N',
      font: 'nastaliq',
      sizePct: 14,
      maxCharsPerLine: 80,
    });
    const tempFolder = tempDir();
    const burned = await prepareBurnedCaptions({
      tempFolder,
      tracks: { primary: urduTrack([MIXED]) },
      style,
      shaper,
      frame: { widthPx: W, heightPx: H },
      safeZone: { topPx: 10, bottomPx: 20, leftPx: 20, rightPx: 20 },
      clip,
    });
    expect(burned?.fontLabel).toBe('Noto Naskh Arabic (fribidi; Noto Nastaliq Urdu needs HarfBuzz)');
    const ass = readFileSync(path.join(tempFolder, 'captions.ass'), 'utf8');
    expect(familiesIn(ass).sort()).toEqual(['Noto Naskh Arabic', 'Noto Sans']);
    const frame = async (text: string, families: string[]) =>
      (
        await burnFrames({
          ffmpeg: bundledFfmpeg(),
          folder: tempDir(),
          ass: text,
          families,
          widthPx: W,
          heightPx: H,
          count: 1,
        })
      ).frames[0] as Buffer;
    const ours = await frame(ass, familiesIn(ass));
    expect(ours.filter((value) => value > 128).length).toBeGreaterThan(500);
    expect(countEmptyBoxes(ours, W, H)).toBe(0);
    // What the old export burned for the same choice: Nastaliq set without HarfBuzz. The detector sees boxes.
    const nastaliq = ass.replace(/Noto Naskh Arabic/g, 'Noto Nastaliq Urdu');
    expect(countEmptyBoxes(await frame(nastaliq, familiesIn(nastaliq)), W, H)).toBeGreaterThan(0);
  });
});

describe('glyph check with the bundled fonts (fontkit reads their character maps)', () => {
  const hasGlyph = bundledGlyphLookup();

  it('knows Naskh has no brackets, Latin letters or %, which is why those burn in Noto Sans', () => {
    for (const char of ['(', 'a', '%'])
      expect(hasGlyph('Noto Naskh Arabic', char.codePointAt(0) ?? 0)).toBe(false);
    for (const char of ['(', 'a', '%', '3'])
      expect(hasGlyph('Noto Sans', char.codePointAt(0) ?? 0)).toBe(true);
    expect(hasGlyph('Noto Nastaliq Urdu', 'ۓ'.codePointAt(0) ?? 0)).toBe(true);
  });

  it('finds every character of the mixed line set in the font that draws it, with either shaper', () => {
    const style = captionStyleSchema.parse({ id: 'a', name: 'A' });
    for (const shaper of ['fribidi', 'harfbuzz'] as const) {
      const tracks = [{ direction: 'rtl' as const, cues: urduTrack(URDU_LINES).cues }];
      expect(
        captionFontWarnings({ clipId: 'k', clipLabel: 'Test', style, shaper, tracks, hasGlyph }),
      ).toEqual([]);
    }
  });

  it('names the character and the cue that would burn as a box', () => {
    const style = captionStyleSchema.parse({ id: 'a', name: 'A' });
    const tracks = [{ direction: 'rtl' as const, cues: urduTrack(['ہم نے نمستے नमस्ते کہا']).cues }];
    const warnings = captionFontWarnings({
      clipId: 'k',
      clipLabel: 'Test',
      style,
      shaper: 'harfbuzz',
      tracks,
      hasGlyph,
    });
    expect(warnings[0]).toMatchObject({
      kind: 'missing-glyph',
      cueId: 'c0',
      char: 'न',
      fontFamily: 'Noto Sans',
    });
    expect(warnings[0]?.message).toContain('"न" (U+0928)');
  });
});

describe('letter heights per ASS size', () => {
  const measure = (family: string, char: string) => {
    const font = openSync(fontFile(family)) as Font;
    const os2 = font['OS/2'] as { winAscent: number; winDescent: number };
    const box = font.glyphForCodePoint(char.codePointAt(0) ?? 0).bbox;
    return (box.maxY - Math.max(0, box.minY)) / (os2.winAscent + os2.winDescent);
  };
  it('match the bundled font files (alef for the Arabic fonts, H for Noto Sans)', () => {
    expect(LETTER_HEIGHT_PER_SIZE[FONT_FAMILIES.naskh]).toBeCloseTo(measure(FONT_FAMILIES.naskh, 'ا'), 2);
    expect(LETTER_HEIGHT_PER_SIZE[FONT_FAMILIES.nastaliq]).toBeCloseTo(
      measure(FONT_FAMILIES.nastaliq, 'ا'),
      2,
    );
    expect(LETTER_HEIGHT_PER_SIZE[FONT_FAMILIES.sans]).toBeCloseTo(measure(FONT_FAMILIES.sans, 'H'), 2);
  });
});
