import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectShaper } from '../../../../electron/engine/export/tools';
import { buildAssDocument, type CaptionTrackInput } from '../../../../shared/export/assDocument';
import { assInlineColour } from '../../../../shared/export/assText';
import { captionFontFamily, inlineFontFamily, type Shaper } from '../../../../shared/export/captionLayout';
import { captionStyleSchema, type CaptionStyleInput } from '../../../../shared/model/clips';
import type { Cue, TextDirection } from '../../../../shared/transcript/model';
import {
  DEBIAN_FFMPEG,
  PALETTE_HUES,
  burnFrames,
  colourEveryWord,
  expectedLeftToRight,
  hueBulgePx,
  hueColour,
  hueExtents,
  hueSpots,
} from '../../../support/captionFrames';
import { URDU_LINES } from '../../../support/captionLines';
import { countEmptyBoxes } from '../../../support/emptyBoxes';
import { bundledFfmpeg } from '../../../support/makeMedia';
import { useTempDirs } from '../../../support/tempDir';

/**
 * Visual order of burned captions, read back from the frame: every word of a line gets its own colour and
 * the colours' horizontal positions must follow the Unicode Bidirectional Algorithm for a paragraph in the
 * track's direction (right to left for Urdu). Run with the bundled ffmpeg (libass with FriBidi, Naskh) and
 * Debian's (libass with HarfBuzz, Nastaliq). Frames are saved under test-results/caption-order/.
 */
const W = 1280;
const H = 240;
const SAVE = path.resolve('test-results/caption-order');
const tempDir = useTempDirs('guftagu-order-');

const ENGLISH_LINES = [
  'We launched 3 campaigns in 2024.',
  'They call it دوستی here',
  'Read (more) at https://x.org',
];

const cueAt = (index: number, text: string, words: Cue['words'] = []): Cue => ({
  id: `c${index}`,
  startMs: index * 1000,
  endMs: index * 1000 + 800,
  text,
  words,
});

const style = (overrides: Partial<CaptionStyleInput> = {}) =>
  captionStyleSchema.parse({
    id: 't',
    name: 'T',
    sizePct: 16,
    maxCharsPerLine: 80,
    outlinePx: 2,
    ...overrides,
  });

const track = (cues: Cue[], direction: TextDirection, shaper: Shaper): CaptionTrackInput => ({
  cues,
  direction,
  fontFamily: captionFontFamily('auto', direction, shaper),
  inlineFontFamily: inlineFontFamily(direction, 'auto', shaper),
});

const families = (...tracks: CaptionTrackInput[]) =>
  tracks.flatMap((item) => [item.fontFamily, item.inlineFontFamily]);

interface Expected {
  /** Lines of the frame, top to bottom; each with its words in logical order (event-wide word numbers). */
  lines: { text: string; direction: TextDirection; firstWord: number }[];
}

/** Checks one frame: every word found, each line's words left to right as the bidi algorithm says. */
function orderProblems(frame: Buffer, expected: Expected, label: string): string[] {
  const spots = hueSpots(frame, W, PALETTE_HUES);
  const problems: string[] = [];
  let previousY = -1;
  for (const line of expected.lines) {
    const words = line.text.split(' ');
    const found = words.map((_, index) => spots[(line.firstWord + index) % PALETTE_HUES.length]);
    const missing = words.filter((_, index) => !found[index]);
    if (missing.length > 0) {
      problems.push(`${label}: "${line.text}": no ink for ${missing.join(', ')}`);
      continue;
    }
    const measured = words
      .map((_, index) => ({ index, x: found[index]?.xPx ?? 0 }))
      .sort((a, b) => a.x - b.x)
      .map((word) => word.index);
    const wanted = expectedLeftToRight(line.text, line.direction);
    if (measured.join() !== wanted.join())
      problems.push(
        `${label}: "${line.text}" burned left to right as [${measured.map((i) => words[i]).join(' | ')}], expected [${wanted.map((i) => words[i]).join(' | ')}]`,
      );
    const meanY = found.reduce((sum, spot) => sum + (spot?.yPx ?? 0), 0) / found.length;
    if (meanY <= previousY) problems.push(`${label}: "${line.text}" is not below the line before it`);
    previousY = meanY;
  }
  return problems;
}

const linesOf = (text: string, direction: TextDirection, firstWord = 0) => {
  let word = firstWord;
  return text.split('\n').map((line) => {
    const entry = { text: line, direction, firstWord: word };
    word += line.split(' ').length;
    return entry;
  });
};

const ffmpegs: { name: string; path: () => string; shaper: Shaper }[] = [
  { name: 'bundled', path: bundledFfmpeg, shaper: 'fribidi' },
  { name: 'debian', path: () => DEBIAN_FFMPEG, shaper: 'harfbuzz' },
];

describe.each(ffmpegs)('caption visual order with the $name ffmpeg', ({ name, path: ffmpegPath, shaper }) => {
  const burn = async (ass: string, fonts: string[], count: number, group: string) =>
    burnFrames({
      ffmpeg: ffmpegPath(),
      folder: tempDir(),
      ass,
      families: fonts,
      widthPx: W,
      heightPx: H,
      count,
      saveAs: path.join(SAVE, `${name}-${group}`),
    });
  const document = (
    primary: CaptionTrackInput,
    overrides: Partial<CaptionStyleInput> = {},
    secondary?: CaptionTrackInput,
  ) =>
    buildAssDocument({
      frame: { widthPx: W, heightPx: H },
      startMs: 0,
      endMs: 60_000,
      style: style(overrides),
      safeZone: { topPx: 10, bottomPx: 20, leftPx: 20, rightPx: 20 },
      primary,
      ...(secondary ? { secondary } : {}),
    });

  it('has the shaper this test expects', async () => {
    expect(existsSync(ffmpegPath())).toBe(true);
    expect(await detectShaper(ffmpegPath())).toBe(shaper);
  });

  it('burns every mixed Urdu line and every English line in its own paragraph direction', async () => {
    const urdu = track(
      URDU_LINES.map((text, index) => cueAt(index, text)),
      'rtl',
      shaper,
    );
    const english = track(
      ENGLISH_LINES.map((text, index) => cueAt(index, text)),
      'ltr',
      shaper,
    );
    const urduFrames = await burn(colourEveryWord(document(urdu)), families(urdu), URDU_LINES.length, 'urdu');
    const englishFrames = await burn(
      colourEveryWord(document(english)),
      families(english),
      ENGLISH_LINES.length,
      'english',
    );
    const problems = [
      ...URDU_LINES.flatMap((text, index) =>
        orderProblems(urduFrames.frames[index] as Buffer, { lines: linesOf(text, 'rtl') }, `urdu ${index}`),
      ),
      ...ENGLISH_LINES.flatMap((text, index) =>
        orderProblems(
          englishFrames.frames[index] as Buffer,
          { lines: linesOf(text, 'ltr') },
          `english ${index}`,
        ),
      ),
    ];
    expect(problems).toEqual([]);
  });

  it('burns every mixed line in white with no empty box (frames saved as <ffmpeg>-plain-N.png)', async () => {
    const urdu = track(
      URDU_LINES.map((text, index) => cueAt(index, text)),
      'rtl',
      shaper,
    );
    const { frames } = await burn(document(urdu), families(urdu), URDU_LINES.length, 'plain');
    const boxes = frames.map((frame) => countEmptyBoxes(frame, W, H));
    expect(boxes).toEqual(URDU_LINES.map(() => 0));
    expect(frames.every((frame) => frame.filter((value) => value > 200).length > 300)).toBe(true);
  });

  it('keeps a full space on both sides of Latin words and digits in an Urdu line (no "نےsocial")', async () => {
    const text = 'ہم نے social media پر 3 campaigns شروع کیں۔';
    const urdu = track([cueAt(0, text)], 'rtl', shaper);
    const { frames } = await burn(colourEveryWord(document(urdu)), families(urdu), 1, 'spaces');
    const words = text.split(' ');
    const extents = hueExtents(frames[0] as Buffer, W, PALETTE_HUES.slice(0, words.length));
    // Noto Sans's space at the Latin size here is about 5 px wide; a collapsed one leaves 0–2 px.
    const gaps: string[] = [];
    const leftToRight = expectedLeftToRight(text, 'rtl');
    leftToRight.slice(1).forEach((rightWord, place) => {
      const leftWord = leftToRight[place] as number;
      if (!/[A-Za-z0-9]/.test(`${words[leftWord]}${words[rightWord]}`)) return;
      const gapPx = (extents[rightWord]?.leftPx ?? 0) - (extents[leftWord]?.rightPx ?? 0);
      if (gapPx < 4) gaps.push(`${words[leftWord]} | ${words[rightWord]}: ${gapPx} px`);
    });
    expect(gaps).toEqual([]);
  });

  it('burns an English cue inside an Urdu track left to right (a leading year stays first)', async () => {
    // In a right-to-left paragraph the year would move to the right end and the full stop to the left.
    const text = '2024 was when we started on campus.';
    const urdu = track([cueAt(0, text)], 'rtl', shaper);
    const { frames } = await burn(colourEveryWord(document(urdu)), families(urdu), 1, 'english-in-urdu');
    expect(orderProblems(frames[0] as Buffer, { lines: linesOf(text, 'ltr') }, 'english in urdu')).toEqual(
      [],
    );
  });

  it('burns a bilingual stack with the Urdu line right to left above the English one left to right', async () => {
    const urduText = 'ہم نے social media پر کام کیا';
    const englishText = 'We worked on social media';
    const urdu = track([cueAt(0, urduText)], 'rtl', shaper);
    const english = track([cueAt(0, englishText)], 'ltr', shaper);
    const ass = colourEveryWord(document(urdu, { secondaryScale: 0.8 }, english));
    const { frames } = await burn(ass, families(urdu, english), 1, 'bilingual');
    const lines = [...linesOf(urduText, 'rtl'), ...linesOf(englishText, 'ltr', urduText.split(' ').length)];
    expect(orderProblems(frames[0] as Buffer, { lines }, 'bilingual')).toEqual([]);
  });

  it('mirrors brackets in an Urdu line and keeps # in front of a Latin hashtag', async () => {
    const urdu = track([cueAt(0, 'انہوں نے کہا (یہ اہم ہے) اور #Urdu پر')], 'rtl', shaper);
    const paint = (hue: number) => `{\\c${assInlineColour(hueColour(hue))}}`;
    const white = '{\\c&HFFFFFF&}';
    const ass = document(urdu)
      .replace('(', `${paint(0)}(${white}`)
      .replace(')', `${paint(240)})${white}`)
      .replace('#Urdu', `${paint(60)}#${paint(180)}Urdu${white}`);
    const { frames } = await burn(ass, families(urdu), 1, 'mirror');
    const frame = frames[0] as Buffer;
    const [open, close, hash, latin] = hueSpots(frame, W, [0, 240, 60, 180]);
    // Right to left: the opening bracket comes first, so it stands right of the closing one...
    expect(open && close && open.xPx > close.xPx).toBe(true);
    // ...drawn mirrored: the opener looks like ")" and the closer like "(".
    expect(hueBulgePx(frame, W, 0)).toBeGreaterThan(0.5);
    expect(hueBulgePx(frame, W, 240)).toBeLessThan(-0.5);
    expect(hash && latin && hash.xPx < latin.xPx).toBe(true);
  });

  it('moves the active-word highlight right to left through a mixed Urdu line, in reading order', async () => {
    const text = 'ہم نے social media پر بات کی';
    const words = text.split(' ').map((word, index) => ({
      text: word,
      startMs: index * 1000,
      endMs: index * 1000 + 900,
      probability: 1,
    }));
    const cue: Cue = { id: 'k', startMs: 0, endMs: words.length * 1000, text, words };
    const urdu = track([cue], 'rtl', shaper);
    const ass = document(urdu, { highlightActiveWord: true, highlightColour: '#FFE600' });
    const { frames } = await burn(ass, families(urdu), words.length, 'highlight');
    const xs = frames.map((frame) => hueSpots(frame, W, [54])[0]?.xPx);
    expect(xs.every((x) => x !== undefined)).toBe(true);
    const measured = xs
      .map((x, index) => ({ index, x: x ?? 0 }))
      .sort((a, b) => a.x - b.x)
      .map((word) => word.index);
    expect(measured).toEqual(expectedLeftToRight(text, 'rtl'));
    // The first spoken word is the rightmost one.
    expect(measured.at(-1)).toBe(0);
  });
});
