import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseVtt } from '../../../shared/subtitles/vtt';
import { toVtt } from '../../../shared/subtitles/writeSubtitles';
import { overlapCues, worded } from './samples';

const features = readFileSync(path.join(__dirname, '../../fixtures/subtitles/features.vtt'), 'utf8');

describe('parseVtt (the W3C WebVTT parser algorithm)', () => {
  it('reads header, NOTE and STYLE blocks, identifiers, settings, tags and references', () => {
    expect(parseVtt(features)).toEqual({
      cues: [
        {
          startMs: 400,
          endMs: 3200,
          text: 'میرا نام عائشہ ہے، میں کراچی سے آئی ہوں۔',
          settings: { align: 'center', line: { value: 85, percent: true } },
        },
        {
          startMs: 3400,
          endMs: 7100,
          text: 'Dialogue is the first step & more:\ntowards <tolerance> on campus. Yes.',
        },
        { startMs: 90_000_000, endMs: 90_001_500, text: 'A day later' },
      ],
      repairs: [],
      skipped: [],
    });
  });

  it('refuses a file that is not WebVTT at all, naming line 1, in the default import only', () => {
    expect(() => parseVtt('00:00.000 --> 00:01.000\nhi\n')).toThrow(
      "Line 1: a WebVTT file starts with WEBVTT, not '00:00.000 --> 00:01.000'.",
    );
    expect(() => parseVtt('WEBVTTX\n\n00:00.000 --> 00:01.000\nhi\n')).toThrow(/starts with WEBVTT/);
    const lenient = parseVtt('00:00.000 --> 00:01.000\nhi\n', { lenient: true });
    expect(lenient.cues).toEqual([{ startMs: 0, endMs: 1000, text: 'hi' }]);
    expect(lenient.repairs.map((note) => note.code)).toEqual(['vtt-no-signature']);
  });

  it('skips, as a browser does, each block with a malformed time line, listing it with its line', () => {
    const text = [
      'WEBVTT',
      '',
      '00:00:01,000 --> 00:00:02,000', // line 3: SRT comma
      'comma',
      '',
      '00:00:00.00 --> 00:00:01.000', // line 6: two fraction digits
      'short',
      '',
      '00:00:01.000 --> 00:00:02.000',
      'kept',
      '',
      'just text', // line 12: no time line at all
      '',
      'NOTE a comment is no cue and is not listed',
      '',
      '\v00:00:03.000 --> 00:00:04.000', // line 16: vertical tab is not WebVTT whitespace
      'vertical tab',
    ].join('\n');
    const result = parseVtt(text);
    expect(result.cues).toEqual([{ startMs: 1000, endMs: 2000, text: 'kept' }]);
    expect(result.repairs).toEqual([]);
    expect(result.skipped.map(({ line, code }) => [line, code])).toEqual([
      [3, 'vtt-bad-timing'],
      [6, 'vtt-bad-timing'],
      [12, 'vtt-no-timing'],
      [16, 'vtt-bad-timing'],
    ]);
    expect(worded(result.skipped)[0]).toEqual({
      line: 3,
      problem: "the time line '00:00:01,000 --> 00:00:02,000' is not a WebVTT time line",
      fix: 'left the block out, as a browser does',
    });
  });

  it('lenient: also reads sloppy times (listed as repairs) and swaps reversed ones', () => {
    const text = 'WEBVTT\n\n00:00:01,5 --> 00:00:02.000\nsloppy\n\n00:00:05.000 --> 00:00:04.000\nreversed\n';
    const strict = parseVtt(text);
    expect(strict.cues).toEqual([{ startMs: 5000, endMs: 4000, text: 'reversed' }]);
    expect(strict.skipped.map((note) => note.line)).toEqual([3]);
    const lenient = parseVtt(text, { lenient: true });
    expect(lenient.cues).toEqual([
      { startMs: 1500, endMs: 2000, text: 'sloppy' },
      { startMs: 4000, endMs: 5000, text: 'reversed' },
    ]);
    expect(worded(lenient.repairs)).toEqual([
      {
        line: 3,
        problem:
          "the time '00:00:01,5' has the wrong separator before the fraction and has too few digits after the seconds",
        fix: 'read it as 00:00:01.500',
      },
      {
        line: 6,
        problem: 'the cue ends (00:00:04,000) before it starts (00:00:05,000)',
        fix: 'swapped the two times',
      },
    ]);
    expect(lenient.skipped).toEqual([]);
  });

  it('turns NUL into U+FFFD and reads the time before junk after the end time', () => {
    const text = 'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\0align:end\nx\0y\n';
    expect(parseVtt(text).cues).toEqual([{ startMs: 0, endMs: 1000, text: 'x\uFFFDy' }]);
  });

  it('keeps overlapping cues and leading spaces; reads a cue glued to the header or to the cue above', () => {
    expect(parseVtt(toVtt(overlapCues)).cues).toEqual(overlapCues);
    const glued = 'WEBVTT\n00:01.000 --> 00:04.000\n  first\n00:02.000 --> 00:03.000\nsecond\n';
    expect(parseVtt(glued)).toEqual({
      cues: [
        { startMs: 1000, endMs: 4000, text: '  first' },
        { startMs: 2000, endMs: 3000, text: 'second' },
      ],
      repairs: [],
      skipped: [],
    });
  });

  it('round-trips line, position, size and align, and ignores vertical, region and unknown settings', () => {
    const text =
      'WEBVTT\n\n00:01.000 --> 00:02.000 line:-2 position:10%,line-left size:50% align:start vertical:rl region:r x:y\nہیلو\n\n00:03.000 --> 00:04.000 line:85%,end\nبات\n';
    const { cues } = parseVtt(text);
    expect(cues[0]?.settings).toEqual({
      line: { value: -2, percent: false },
      position: { percent: 10, align: 'line-left' },
      sizePercent: 50,
      align: 'start',
    });
    const written = toVtt(cues);
    expect(written).toContain(
      '00:00:01.000 --> 00:00:02.000 line:-2 position:10%,line-left size:50% align:start\n',
    );
    expect(written).toContain('00:00:03.000 --> 00:00:04.000 line:85%,end\n');
    expect(parseVtt(written).cues).toEqual(cues);
  });

  it('keeps a reference it does not know and a bare ampersand as they are', () => {
    expect(parseVtt('WEBVTT\n\n00:01.000 --> 00:02.000\nR&D &bogus; &#x627;&#1576;\n').cues[0]?.text).toBe(
      'R&D &bogus; اب',
    );
  });
});
