import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import bidiFactory from 'bidi-js';
import { copyFonts } from '../../electron/engine/export/tools';
import { assInlineColour } from '../../shared/export/assText';
import { isFormatChar } from '../../shared/export/captionRuns';

/** Debian's ffmpeg (libass with HarfBuzz); CI installs it (.ci/run). */
export const DEBIAN_FFMPEG = '/usr/bin/ffmpeg';

/** Twelve hues 30° apart, full saturation: a word drawn in one keeps its hue where it blends into black. */
export const PALETTE_HUES = Array.from({ length: 12 }, (_, index) => index * 30);

export function hueColour(hueDeg: number): string {
  const channel = (n: number) => {
    const k = (n + hueDeg / 60) % 6;
    return Math.round(255 * (1 - Math.max(0, Math.min(k, 4 - k, 1))));
  };
  return `#${[channel(5), channel(3), channel(1)].map((value) => value.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Gives each word of each Dialogue line a colour of its own (`{\c}` before its first letter), leaving every
 * other character and override in place; works on any ASS file. Words are numbered across the events that
 * start at the same time (a bilingual stack), word n getting PALETTE_HUES[n].
 */
export function colourEveryWord(ass: string): string {
  const counters = new Map<string, number>();
  return ass
    .split('\n')
    .map((line) => {
      if (!line.startsWith('Dialogue:')) return line;
      const parts = line.split(',');
      const head = parts.slice(0, 9).join(',');
      const start = parts[1] ?? '';
      const coloured = colourWords(parts.slice(9).join(','), counters.get(start) ?? 0);
      counters.set(start, coloured.next);
      return `${head},${coloured.text}`;
    })
    .join('\n');
}

function colourWords(text: string, firstWord: number): { text: string; next: number } {
  let out = '';
  let word = firstWord;
  let atStart = true;
  for (let index = 0; index < text.length;) {
    if (text[index] === '{') {
      const end = text.indexOf('}', index);
      out += text.slice(index, end + 1);
      index = end + 1;
      continue;
    }
    if (text.startsWith('\\N', index)) {
      out += '\\N';
      index += 2;
      atStart = true;
      continue;
    }
    const char = text[index] as string;
    index += 1;
    if (char === ' ') atStart = true;
    else if (!isFormatChar(char) && atStart) {
      out += `{\\c${assInlineColour(hueColour(PALETTE_HUES[word % PALETTE_HUES.length] as number))}}`;
      word += 1;
      atStart = false;
    }
    out += char;
  }
  return { text: out, next: word };
}

export interface FrameSet {
  widthPx: number;
  heightPx: number;
  frames: Buffer[];
}

/**
 * Burns `ass` with the given ffmpeg on a black `count`-frame, 1 fps video (frame n at n seconds) with only the
 * fonts copied into fontsdir (fontconfig sees no system font), and returns the frames as raw RGB. With
 * `saveAs`, also writes them as PNG files `<saveAs>-<n>.png`.
 */
export async function burnFrames(options: {
  ffmpeg: string;
  folder: string;
  ass: string;
  families: readonly string[];
  widthPx: number;
  heightPx: number;
  count: number;
  saveAs?: string;
}): Promise<FrameSet> {
  const { folder, widthPx, heightPx, count } = options;
  writeFileSync(path.join(folder, 'captions.ass'), options.ass);
  await copyFonts(options.families, path.join(folder, 'fonts'));
  const emptyConfig = path.join(folder, 'fonts.conf');
  writeFileSync(emptyConfig, '<?xml version="1.0"?>\n<fontconfig></fontconfig>\n');
  const graph = `[0:v]format=rgb24,ass=captions.ass:fontsdir=fonts${options.saveAs ? ',split[raw][png]' : '[raw]'}`;
  const args = ['-hide_banner', '-loglevel', 'error', '-f', 'lavfi'];
  args.push('-i', `color=c=black:s=${widthPx}x${heightPx}:r=1:d=${count}`, '-filter_complex', graph);
  args.push('-map', '[raw]', '-frames:v', String(count), '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1');
  if (options.saveAs) {
    mkdirSync(path.dirname(options.saveAs), { recursive: true });
    args.push(
      '-map',
      '[png]',
      '-frames:v',
      String(count),
      '-start_number',
      '0',
      '-y',
      `${options.saveAs}-%d.png`,
    );
  }
  const result = spawnSync(options.ffmpeg, args, {
    cwd: folder,
    env: { ...process.env, FONTCONFIG_FILE: emptyConfig },
    maxBuffer: 200_000_000,
  });
  if (result.status !== 0) throw new Error(`${options.ffmpeg} failed: ${String(result.stderr)}`);
  const size = widthPx * heightPx * 3;
  const frames = Array.from({ length: count }, (_, index) =>
    result.stdout.subarray(index * size, (index + 1) * size),
  );
  return { widthPx, heightPx, frames };
}

export interface InkSpot {
  xPx: number;
  yPx: number;
  count: number;
}

function hueOf(r: number, g: number, b: number): number | undefined {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (max < 90 || max - min < 0.6 * max) return undefined;
  let hue: number;
  if (max === r) hue = ((g - b) / (max - min)) * 60;
  else if (max === g) hue = (2 + (b - r) / (max - min)) * 60;
  else hue = (4 + (r - g) / (max - min)) * 60;
  return (hue + 360) % 360;
}

/** Where pixels of each hue sit on a frame: mean x and y of the saturated pixels within 10° of it. */
export function hueSpots(frame: Buffer, widthPx: number, hues: readonly number[]): (InkSpot | undefined)[] {
  const sums = hues.map(() => ({ x: 0, y: 0, count: 0 }));
  for (let pixel = 0; pixel * 3 < frame.length; pixel++) {
    const hue = hueOf(frame[pixel * 3] ?? 0, frame[pixel * 3 + 1] ?? 0, frame[pixel * 3 + 2] ?? 0);
    if (hue === undefined) continue;
    hues.forEach((target, index) => {
      const distance = Math.min(Math.abs(hue - target), 360 - Math.abs(hue - target));
      const sum = sums[index];
      if (distance <= 10 && sum) {
        sum.x += pixel % widthPx;
        sum.y += Math.floor(pixel / widthPx);
        sum.count += 1;
      }
    });
  }
  return sums.map((sum) =>
    sum.count >= 4 ? { xPx: sum.x / sum.count, yPx: sum.y / sum.count, count: sum.count } : undefined,
  );
}

const bidi = bidiFactory();

/**
 * The words of `line` (split at spaces) from left to right on screen, as the Unicode Bidirectional Algorithm
 * (bidi-js, an implementation independent of libass's FriBidi) lays out a paragraph of that direction:
 * each word's place is the mean visual position of its characters.
 */
export function expectedLeftToRight(line: string, direction: 'rtl' | 'ltr'): number[] {
  const levels = bidi.getEmbeddingLevels(line, direction);
  const visual = bidi.getReorderedIndices(line, levels);
  const placeOf = new Map<number, number>();
  visual.forEach((logical, place) => placeOf.set(logical, place));
  const words: { index: number; place: number }[] = [];
  let offset = 0;
  line.split(' ').forEach((word, index) => {
    let sum = 0;
    let count = 0;
    for (let char = 0; char < word.length; char++) {
      if (isFormatChar(word[char] as string)) continue;
      sum += placeOf.get(offset + char) ?? 0;
      count += 1;
    }
    words.push({ index, place: sum / Math.max(1, count) });
    offset += word.length + 1;
  });
  return words.sort((a, b) => a.place - b.place).map((word) => word.index);
}

/**
 * Which way the pixels of one hue bulge: mean x of the middle third of their rows minus the mean x of the top
 * and bottom thirds. Positive for a ")" (its middle sticks out to the right), negative for a "(".
 */
export function hueBulgePx(frame: Buffer, widthPx: number, hueDeg: number): number {
  const points: { x: number; y: number }[] = [];
  for (let pixel = 0; pixel * 3 < frame.length; pixel++) {
    const hue = hueOf(frame[pixel * 3] ?? 0, frame[pixel * 3 + 1] ?? 0, frame[pixel * 3 + 2] ?? 0);
    if (hue !== undefined && Math.min(Math.abs(hue - hueDeg), 360 - Math.abs(hue - hueDeg)) <= 10)
      points.push({ x: pixel % widthPx, y: Math.floor(pixel / widthPx) });
  }
  const top = Math.min(...points.map((point) => point.y));
  const bottom = Math.max(...points.map((point) => point.y));
  const third = (bottom - top) / 3;
  const mean = (list: { x: number }[]) =>
    list.reduce((sum, point) => sum + point.x, 0) / Math.max(1, list.length);
  const middle = points.filter((point) => point.y >= top + third && point.y <= bottom - third);
  const ends = points.filter((point) => point.y < top + third || point.y > bottom - third);
  return mean(middle) - mean(ends);
}

/** Leftmost and rightmost x of the saturated pixels within 10° of each hue (undefined when none). */
export function hueExtents(
  frame: Buffer,
  widthPx: number,
  hues: readonly number[],
): ({ leftPx: number; rightPx: number } | undefined)[] {
  const extents = hues.map(() => ({ leftPx: Infinity, rightPx: -Infinity }));
  for (let pixel = 0; pixel * 3 < frame.length; pixel++) {
    const hue = hueOf(frame[pixel * 3] ?? 0, frame[pixel * 3 + 1] ?? 0, frame[pixel * 3 + 2] ?? 0);
    if (hue === undefined) continue;
    hues.forEach((target, index) => {
      const extent = extents[index];
      if (extent && Math.min(Math.abs(hue - target), 360 - Math.abs(hue - target)) <= 10) {
        extent.leftPx = Math.min(extent.leftPx, pixel % widthPx);
        extent.rightPx = Math.max(extent.rightPx, pixel % widthPx);
      }
    });
  }
  return extents.map((extent) => (extent.rightPx >= 0 ? extent : undefined));
}
