import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAss, toAss } from '../../../shared/subtitles/ass';
import { wordedResult } from './samples';

const styled = readFileSync(path.join(__dirname, '../../fixtures/subtitles/styled.ass'), 'utf8');

describe('parseAss', () => {
  it('reads Dialogue lines only, strips override tags, turns \\N into a new line', () => {
    expect(parseAss(styled)).toEqual({
      cues: [
        { startMs: 400, endMs: 3200, text: 'میرا نام عائشہ ہے، میں کراچی سے آئی ہوں۔' },
        { startMs: 3400, endMs: 7100, text: 'Dialogue is the first step,\ntowards tolerance on campus.' },
        { startMs: 36_000_000, endMs: 36_002_500, text: 'Braces {kept} and commas, kept' },
      ],
      repairs: [],
      skipped: [],
    });
  });

  it('keeps cue text as written: leading spaces, an empty line inside a cue, overlapping events', () => {
    const text =
      '[Events]\nFormat: Start, End, Text\nDialogue: 0:00:01.00,0:00:04.00,  first\\N\\Nthird\nDialogue: 0:00:02.00,0:00:03.00,inside\n';
    const { cues } = parseAss(text);
    expect(cues).toEqual([
      { startMs: 1000, endMs: 4000, text: '  first\n\nthird' },
      { startMs: 2000, endMs: 3000, text: 'inside' },
    ]);
    expect(parseAss(toAss(cues)).cues).toEqual(cues);
  });

  it('follows the Format line’s column order', () => {
    const text = '[Events]\nFormat: Start, End, Text\nDialogue: 0:00:01.00,0:00:02.00,Hello, world\n';
    expect(parseAss(text).cues).toEqual([{ startMs: 1000, endMs: 2000, text: 'Hello, world' }]);
  });

  it('strict: names a bad time and a missing Format line; lenient: repairs them', () => {
    const bad =
      '[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\nDialogue: 0,0:00:0x.00,0:00:02.00,Default,,0,0,0,,x\n';
    expect(() => parseAss(bad)).toThrow("Line 3: the time '0:00:0x.00' is not a time.");
    const noFormat = '[Events]\nDialogue: 0,0:00:01.000,0:00:02.00,Default,,0,0,0,,ms\n';
    expect(() => parseAss(noFormat)).toThrow('Line 2: the Dialogue line has no Format line above it.');
    expect(wordedResult(parseAss(noFormat, { lenient: true }))).toEqual({
      cues: [{ startMs: 1000, endMs: 2000, text: 'ms' }],
      repairs: [
        {
          line: 2,
          problem: 'the Dialogue line has no Format line above it',
          fix: 'read the standard ASS columns',
        },
        {
          line: 2,
          problem: "the time '0:00:01.000' has too many digits after the seconds",
          fix: 'read it as 00:00:01.000',
        },
      ],
      skipped: [],
    });
  });

  it('lenient: skips a Dialogue line with too few columns', () => {
    const text =
      '[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\nDialogue: 0,0:00:01.00\n';
    expect(wordedResult(parseAss(text, { lenient: true }))).toEqual({
      cues: [],
      repairs: [{ line: 3, problem: 'the Dialogue line has fewer than 10 columns', fix: 'left it out' }],
      skipped: [],
    });
  });
});

describe('toAss', () => {
  it('writes Script Info with the video size, one style, and Dialogue lines', () => {
    const text = toAss([{ startMs: 400, endMs: 3200, text: 'پہلی\nدوسری {x}' }], {
      playResX: 1080,
      playResY: 1920,
      direction: 'rtl',
      title: 'Reel',
    });
    expect(text).toContain('PlayResX: 1080\nPlayResY: 1920\n');
    expect(text).toContain('Title: Reel\n');
    expect(text).toMatch(/^Style: Default,Noto Naskh Arabic,134,/m);
    expect(text).toContain('\nDialogue: 0,0:00:00.40,0:00:03.20,Default,,0,0,0,,پہلی\\Nدوسری \\{x\\}\n');
    expect(text.startsWith('[Script Info]\n')).toBe(true);
    expect(text).toMatch(/\[V4\+ Styles\][\s\S]*\[Events\]\nFormat: Layer, Start, End,/);
  });

  it('never writes a cue that ends before it starts after rounding to centiseconds', () => {
    expect(toAss([{ startMs: 1004, endMs: 1006, text: 'x' }])).toContain('0:00:01.00,0:00:01.01,');
  });
});
