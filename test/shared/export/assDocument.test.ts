import { describe, expect, it } from 'vitest';
import { buildAssDocument, type AssInput } from '../../../shared/export/assDocument';
import { LRE, PDF, RLE } from '../../../shared/export/assLine';
import { assColour, assTime, escapeAssText } from '../../../shared/export/assText';
import {
  captionFontDecision,
  captionFontFamily,
  captionLayout,
  defaultSizePct,
} from '../../../shared/export/captionLayout';
import { builtInStyles } from '../../../shared/export/styles';
import { captionStyleSchema, type CaptionStyleInput } from '../../../shared/model/clips';
import type { Cue } from '../../../shared/transcript/model';

const style = (overrides: Partial<CaptionStyleInput> = {}) =>
  captionStyleSchema.parse({ id: 'test', name: 'Test', ...overrides });

const word = (text: string, startMs: number, endMs: number) => ({ text, startMs, endMs, probability: 1 });

const urdu: Cue[] = [
  {
    id: 'u1',
    startMs: 10_000,
    endMs: 12_000,
    text: 'پانی کی کمی',
    words: [word('پانی', 10_000, 10_500), word('کی', 10_600, 10_900), word('کمی', 11_000, 11_800)],
  },
  { id: 'u2', startMs: 12_500, endMs: 15_000, text: 'بات ہوئی۔', words: [] },
  { id: 'u3', startMs: 30_000, endMs: 31_000, text: 'outside the clip', words: [] },
];
const english: Cue[] = [
  { id: 'e1', startMs: 10_000, endMs: 13_000, text: 'The water shortage', words: [] },
  { id: 'e2', startMs: 13_000, endMs: 15_000, text: 'was discussed.', words: [] },
];

const input = (overrides: Partial<AssInput> = {}): AssInput => ({
  frame: { widthPx: 1080, heightPx: 1920 },
  startMs: 9_000,
  endMs: 14_000,
  style: style(),
  safeZone: { topPx: 269, bottomPx: 672, leftPx: 65, rightPx: 65 },
  primary: { cues: urdu, direction: 'rtl', fontFamily: 'Noto Naskh Arabic', inlineFontFamily: 'Noto Sans' },
  secondary: {
    cues: english,
    direction: 'ltr',
    fontFamily: 'Noto Sans',
    inlineFontFamily: 'Noto Naskh Arabic',
  },
  ...overrides,
});

/** What a line shows: override blocks and the embedding marks removed. */
const visible = (text: string) => text.replace(/\{[^}]*\}/g, '').replace(/[\u202A-\u202C]/g, '');
const dialogues = (ass: string) => ass.split('\n').filter((line) => line.startsWith('Dialogue:'));
const fields = (line: string) => {
  const parts = line.slice('Dialogue: '.length).split(',');
  return {
    start: parts[1],
    end: parts[2],
    style: parts[3],
    marginV: Number(parts[7]),
    text: parts.slice(9).join(','),
  };
};

describe('ASS times and text', () => {
  it('writes h:mm:ss.cc, rounded to centiseconds', () => {
    expect(assTime(0)).toBe('0:00:00.00');
    expect(assTime(1_005)).toBe('0:00:01.01');
    expect(assTime(3_723_450)).toBe('1:02:03.45');
  });

  it('colours are &HAABBGGRR and braces never open override blocks', () => {
    expect(assColour('#FF8000')).toBe('&H000080FF');
    expect(assColour('#000000', 0.75)).toBe('&H40000000');
    expect(escapeAssText('a {b} \\N c')).toBe('a (b) /N c');
  });
});

describe('buildAssDocument', () => {
  it('sets PlayRes to the output size and the styles to the chosen fonts', () => {
    const ass = buildAssDocument(input());
    expect(ass).toContain('PlayResX: 1080\nPlayResY: 1920');
    expect(ass).toMatch(/^Style: Primary,Noto Naskh Arabic,/m);
    expect(ass).toMatch(/^Style: Secondary,Noto Sans,/m);
  });

  it('times events relative to the clip start and clips cues to the range', () => {
    const lines = dialogues(buildAssDocument(input())).map(fields);
    const primary = lines.filter((line) => line.style === 'Primary');
    expect(primary[0]?.start).toBe('0:00:01.00');
    expect(primary.at(-1)?.end).toBe('0:00:05.00');
    expect(lines.some((line) => line.text.includes('outside'))).toBe(false);
  });

  it('wraps every line in an embedding of its track direction (RLE…PDF for Urdu, LRE…PDF for English)', () => {
    const lines = dialogues(buildAssDocument(input())).map(fields);
    for (const line of lines) {
      const open = line.style === 'Primary' ? RLE : LRE;
      for (const part of line.text.split('\\N')) {
        expect(part.startsWith(open)).toBe(true);
        expect(part.endsWith(PDF)).toBe(true);
      }
    }
  });

  it('burns an English cue inside an Urdu track left to right in the Latin font, an Urdu one in an English track right to left', () => {
    const mixedUrdu: Cue[] = [
      { id: 'x1', startMs: 10_000, endMs: 11_000, text: 'towards tolerance on campus.', words: [] },
      { id: 'x2', startMs: 11_000, endMs: 12_000, text: 'Instagram پر 3 campaigns شروع کیں۔', words: [] },
    ];
    const mixedEnglish: Cue[] = [
      { id: 'y1', startMs: 10_000, endMs: 12_000, text: 'ہم نے بات کی۔', words: [] },
    ];
    const ass = buildAssDocument(
      input({
        primary: { ...input().primary, cues: mixedUrdu },
        secondary: { ...(input().secondary as NonNullable<AssInput['secondary']>), cues: mixedEnglish },
      }),
    );
    const lines = dialogues(ass).map(fields);
    const englishInUrdu = lines.find(
      (line) => line.style === 'Primary' && visible(line.text).includes('campus'),
    );
    expect(englishInUrdu?.text.startsWith(LRE)).toBe(true);
    expect(englishInUrdu?.text).not.toContain('Noto Naskh Arabic');
    const urduStartingInEnglish = lines.find(
      (line) => line.style === 'Primary' && visible(line.text).includes('Instagram'),
    );
    expect(urduStartingInEnglish?.text.startsWith(RLE)).toBe(true);
    const urduInEnglish = lines.find(
      (line) => line.style === 'Secondary' && visible(line.text).includes('بات'),
    );
    expect(urduInEnglish?.text.startsWith(RLE)).toBe(true);
  });

  it('stacks the Urdu block above the English one, split where either track changes', () => {
    const lines = dialogues(buildAssDocument(input())).map(fields);
    const at = (time: string, name: string) => lines.find((l) => l.style === name && l.start === time);
    const first = { p: at('0:00:01.00', 'Primary'), s: at('0:00:01.00', 'Secondary') };
    expect(first.p && first.s).toBeTruthy();
    expect(first.s?.marginV).toBe(672);
    expect(first.p?.marginV).toBeGreaterThan(672);
    // At 13 s the English cue changes: the Urdu line is re-timed into a new event, still above it.
    expect(lines.filter((l) => l.style === 'Secondary').map((l) => l.start)).toEqual([
      '0:00:01.00',
      '0:00:04.00',
    ]);
  });

  it('keeps captions inside the safe zone with MarginL/R and bottom alignment', () => {
    const ass = buildAssDocument(input());
    const styleLine = ass.split('\n').find((line) => line.startsWith('Style: Primary')) ?? '';
    const parts = styleLine.split(',');
    expect(parts.slice(-5)).toEqual(['2', '65', '65', '672', '-1']);
    const top = dialogues(buildAssDocument(input({ style: style({ position: 'top' }) }))).map(fields);
    const layout = captionLayout(style(), { widthPx: 1080, heightPx: 1920 }, input().safeZone, {
      primary: 'Noto Naskh Arabic',
      secondary: 'Noto Sans',
    });
    for (const line of top)
      expect(line.marginV).toBeLessThanOrEqual(1920 - 269 - layout.secondaryLineHeightPx);
  });

  it('highlights the spoken word with one event per word and a colour override', () => {
    const ass = buildAssDocument(
      input({ style: style({ highlightActiveWord: true }), secondary: undefined }),
    );
    const lines = dialogues(ass).map(fields);
    const lit = lines.filter((line) => line.text.includes('\\c&H00E6FF&'));
    expect(lit.map((line) => line.start)).toEqual(['0:00:01.00', '0:00:01.60', '0:00:02.00']);
    expect(lit[0]?.text).toMatch(/\{\\c&H00E6FF&\}پانی\{\\c&HFFFFFF&\} کی کمی/);
    expect(lit[2]?.text).toMatch(/کی \{\\c&H00E6FF&\}کمی/);
  });

  it('re-breaks lines for a narrow frame', () => {
    const long = 'Women’s voices mattered most, because they are the ones who carry water home.';
    const ass = buildAssDocument(
      input({
        secondary: undefined,
        primary: {
          cues: [{ id: 'x', startMs: 9_000, endMs: 12_000, text: long, words: [] }],
          direction: 'ltr',
          fontFamily: 'Noto Sans',
          inlineFontFamily: 'Noto Naskh Arabic',
        },
      }),
    );
    const [line] = dialogues(ass).map(fields);
    const parts = line?.text.split('\\N') ?? [];
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map(visible).join(' ')).toBe(long);
  });

  it('uses a box (BorderStyle 3) when the style asks', () => {
    const ass = buildAssDocument(input({ style: builtInStyles.find((s) => s.box) }));
    expect(
      ass
        .split('\n')
        .find((line) => line.startsWith('Style: Primary'))
        ?.split(',')[15],
    ).toBe('3');
  });
});

describe('caption fonts and sizes', () => {
  it('picks Nastaliq only where libass shapes with HarfBuzz, unless forced', () => {
    expect(captionFontFamily('auto', 'rtl', 'harfbuzz')).toBe('Noto Nastaliq Urdu');
    expect(captionFontFamily('auto', 'rtl', 'fribidi')).toBe('Noto Naskh Arabic');
    // Chosen Nastaliq with a FriBidi-only libass would burn boxes: Naskh instead, and the reason is given.
    expect(captionFontFamily('nastaliq', 'rtl', 'fribidi')).toBe('Noto Naskh Arabic');
    expect(captionFontDecision('nastaliq', 'rtl', 'fribidi')).toEqual({
      family: 'Noto Naskh Arabic',
      requested: 'Noto Nastaliq Urdu',
      reason: 'nastaliq-needs-harfbuzz',
    });
    expect(captionFontDecision('nastaliq', 'rtl', 'unknown').family).toBe('Noto Naskh Arabic');
    expect(captionFontDecision('nastaliq', 'rtl', 'harfbuzz')).toEqual({ family: 'Noto Nastaliq Urdu' });
    expect(captionFontFamily('naskh', 'rtl', 'harfbuzz')).toBe('Noto Naskh Arabic');
    expect(captionFontFamily('auto', 'ltr', 'harfbuzz')).toBe('Noto Sans');
  });

  it('sizes lines by the frame: 7.5 % in 16:9, 4.2 % in 9:16', () => {
    expect(defaultSizePct({ widthPx: 1920, heightPx: 1080 })).toBe(7.5);
    expect(defaultSizePct({ widthPx: 1080, heightPx: 1920 })).toBe(4.2);
    const tall = captionLayout(style(), { widthPx: 1080, heightPx: 1920 }, input().safeZone);
    expect(tall.fontSizePx).toBe(81);
    expect(tall.maxCharsPerLine).toBeGreaterThanOrEqual(24);
    expect(tall.maxCharsPerLine).toBeLessThanOrEqual(32);
    expect(tall.maxLines).toBe(3);
    const wide = captionLayout(
      style(),
      { widthPx: 1280, heightPx: 720 },
      { topPx: 36, bottomPx: 72, leftPx: 64, rightPx: 64 },
    );
    expect(wide.maxCharsPerLine).toBe(42);
    expect(wide.maxLines).toBe(2);
  });
});

describe('overlapping cues (two people speaking at once)', () => {
  it('burns every cue that is on screen, one block under the other, each in its own speaker colour', () => {
    const overlapping: Cue[] = [
      { id: 'a', startMs: 10_000, endMs: 13_000, text: 'پہلی آواز', words: [], speakerId: 'p1' },
      { id: 'b', startMs: 11_000, endMs: 14_000, text: 'second voice', words: [] },
    ];
    const ass = buildAssDocument(
      input({
        style: style({ speakerColours: true }),
        primary: { ...input().primary, cues: overlapping },
        secondary: undefined,
      }),
    );
    const lines = dialogues(ass).map(fields);
    const during = lines.find((line) => line.start === assTime(2_000));
    expect(during).toBeDefined();
    const shown = visible(during?.text ?? '').split('\\N');
    expect(shown).toEqual(['پہلی آواز', 'second voice']);
    // The second block starts in the base colour, not in the first speaker's.
    expect(during?.text).toContain('\\N{\\c&HFFFFFF&}');
    const before = lines.find((line) => line.start === assTime(1_000));
    expect(visible(before?.text ?? '')).toBe('پہلی آواز');
    const after = lines.find((line) => line.start === assTime(4_000));
    expect(visible(after?.text ?? '')).toBe('second voice');
  });
});
