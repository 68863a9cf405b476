import { describe, expect, it } from 'vitest';
import { detectEncoding } from '../../../shared/subtitles/encoding';
import {
  parseSubtitles,
  renderSubtitles,
  subtitleFileFormats,
  type SubtitleFileFormat,
} from '../../../shared/subtitles/formats';
import { SubtitleSyntaxError, type ParseResult } from '../../../shared/subtitles/parseContext';
import { hardCues, interviewCues } from './samples';

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pieces = [
  '1',
  '0',
  '00',
  '59',
  '99',
  ':',
  ',',
  '.',
  ' --> ',
  '-->',
  '->',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  ' ',
  '\t',
  '[',
  ']',
  '{',
  '}',
  '\\N',
  '{\\an8}',
  '<i>',
  '</i>',
  '<v Ayesha>',
  '&amp;',
  '&#x62',
  'WEBVTT',
  'NOTE',
  'Dialogue: ',
  'Format: Start, End, Text',
  '[Events]',
  '[Script Info]',
  'میرا نام',
  '۔',
  'social media',
  '\uFEFF',
  '00:00:01,500',
  '00:00:0x,500',
  '99999999999:00:00,000',
  '-',
  '\u0000',
  '\uFFFD',
  '😀',
];

function randomText(next: () => number): string {
  const count = Math.floor(next() * 80);
  let text = '';
  for (let index = 0; index < count; index += 1) text += pieces[Math.floor(next() * pieces.length)] ?? '';
  return text;
}

/**
 * What every parse promises: in time order (overlaps allowed: they are what the file says), integer times,
 * no NUL in any text, real lines. SRT, ASS and text: every cue lasts at least 1 ms and has text. WebVTT
 * keeps what a browser keeps (an empty cue, one that ends before it starts) unless lenient swaps the times.
 */
function expectWellFormed(
  result: ParseResult,
  input: string,
  format: SubtitleFileFormat,
  lenient: boolean,
): void {
  const lineCount = input.split(/\r\n|\r|\n/).length;
  let previousStartMs = 0;
  for (const cue of result.cues) {
    expect(Number.isSafeInteger(cue.startMs) && Number.isSafeInteger(cue.endMs), input).toBe(true);
    expect(cue.startMs, input).toBeGreaterThanOrEqual(previousStartMs);
    expect(cue.text, input).not.toContain('\0');
    if (format !== 'vtt') {
      expect(cue.endMs, input).toBeGreaterThan(cue.startMs);
      expect(cue.text.trim(), input).not.toBe('');
    } else if (lenient) expect(cue.endMs, input).toBeGreaterThanOrEqual(cue.startMs);
    previousStartMs = cue.startMs;
  }
  for (const note of [...result.repairs, ...result.skipped]) {
    expect(note.line, input).toBeGreaterThanOrEqual(1);
    expect(note.line, input).toBeLessThanOrEqual(lineCount);
  }
}

function check(input: string, format: SubtitleFileFormat): void {
  expectWellFormed(parseSubtitles(input, format, { lenient: true }), input, format, true);
  try {
    expectWellFormed(parseSubtitles(input, format), input, format, false);
  } catch (error) {
    if (!(error instanceof SubtitleSyntaxError)) throw error;
    expect(error.message, input).toMatch(/^Line \d+: /);
  }
}

describe('no input crashes a parser', () => {
  it.each(subtitleFileFormats)(
    '%s: 400 random texts, lenient never throws, strict throws only a line error',
    (format) => {
      const next = random(format.length * 7919);
      for (let run = 0; run < 400; run += 1) check(randomText(next), format);
    },
  );

  it.each(subtitleFileFormats)('%s: every truncation of a real file', (format) => {
    const whole = renderSubtitles([...interviewCues, ...hardCues.slice(2)], format, { language: 'ur' });
    for (let end = 0; end <= whole.length; end += 1) {
      for (const other of subtitleFileFormats) check(whole.slice(0, end), other);
    }
  });

  it('detectEncoding answers for any bytes', () => {
    const next = random(42);
    for (let run = 0; run < 500; run += 1) {
      const bytes = Uint8Array.from({ length: Math.floor(next() * 64) }, () => Math.floor(next() * 256));
      expect(['utf-8', 'utf-16le', 'utf-16be', 'windows-1256']).toContain(detectEncoding(bytes).encoding);
    }
  });
});
