import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SubtitleSyntaxError } from '../../../shared/subtitles/parseContext';
import { parseSrt } from '../../../shared/subtitles/srt';
import { interviewCues, worded, wordedResult } from './samples';

const malformed = readFileSync(path.join(__dirname, '../../fixtures/subtitles/malformed.srt'), 'utf8');

/** The error a strict parse throws, or undefined. */
function strictError(text: string): SubtitleSyntaxError | undefined {
  try {
    parseSrt(text);
    return undefined;
  } catch (error) {
    if (error instanceof SubtitleSyntaxError) return error;
    throw error;
  }
}

describe('parseSrt, strict', () => {
  it('stops at the first problem with a typed error that names the line and hints at lenient import', () => {
    const error = strictError(malformed);
    expect(error).toBeInstanceOf(SubtitleSyntaxError);
    expect(error?.code).toBe('invalid-request');
    expect(error?.line).toBe(7);
    expect(error?.message).toBe("Line 7: the time '00:00:03,4' has too few digits after the seconds.");
    expect(error?.hint).toMatch(/Import leniently.*--lenient/);
  });

  it('names a time that is not a time', () => {
    const text = '1\n00:00:01,000 --> 00:00:02,000\nok\n\n2\n00:00:0x,500 --> 00:00:03,000\nbad\n';
    expect(strictError(text)?.message).toBe("Line 6: the time '00:00:0x,500' is not a time.");
  });

  it.each([
    [
      'end before start',
      '1\n00:00:02,000 --> 00:00:01,000\nx\n',
      2,
      /ends \(00:00:01,000\) before it starts/,
    ],
    ['zero duration', '1\n00:00:02,000 --> 00:00:02,000\nx\n', 2, /ends the moment it starts/],
    [
      'out of order',
      '1\n00:00:05,000 --> 00:00:06,000\na\n\n2\n00:00:01,000 --> 00:00:02,000\nb\n',
      6,
      /before the cue above it/,
    ],
    ['a block with no time', '1\n00:00:01,000 --> 00:00:03,000\na\n\nstray text\n', 5, /has no time line/],
    [
      'no blank line between cues',
      '1\n00:00:01,000 --> 00:00:02,000\na\n2\n00:00:03,000 --> 00:00:04,000\nb\n',
      5,
      /no blank line/,
    ],
  ])('refuses %s', (_name, text, line, pattern) => {
    const error = strictError(text);
    expect(error?.line).toBe(line);
    expect(error?.message).toMatch(pattern);
  });

  it('accepts layout slips (missing numbers, extra blank lines, CRLF, a BOM, markup) and lists them', () => {
    const text =
      '\uFEFF\r\n00:00:00,400 --> 00:00:03,200\r\n<i>میرا</i> {\\an8}نام\r\n\r\n\r\n\r\n00:00:03,400 --> 00:00:07,100\r\n<font color="#ff0">Two</font>\r\n';
    expect(wordedResult(parseSrt(text))).toEqual({
      skipped: [],
      cues: [
        { startMs: 400, endMs: 3200, text: 'میرا نام' },
        { startMs: 3400, endMs: 7100, text: 'Two' },
      ],
      repairs: [
        {
          line: 2,
          problem: 'a cue has no number (2 places, the first here)',
          fix: 'numbered the cues in order',
        },
        { line: 1, problem: 'extra blank lines (2 places, the first here)', fix: 'ignored them' },
      ].sort((a, b) => a.line - b.line),
    });
  });
});

describe('parseSrt, lenient', () => {
  it('repairs the malformed fixture and lists every repair with its line', () => {
    const { cues, repairs } = parseSrt(malformed, { lenient: true });
    expect(cues).toEqual([
      interviewCues[0],
      interviewCues[1],
      interviewCues[2],
      { startMs: 10_000, endMs: 11_000, text: 'Out of order, and overlapping the third cue.' },
      interviewCues[4],
    ]);
    expect(worded(repairs)).toEqual([
      { line: 4, problem: 'extra blank lines', fix: 'ignored them' },
      {
        line: 7,
        problem: "the time '00:00:03,4' has too few digits after the seconds",
        fix: 'read it as 00:00:03,400',
      },
      {
        line: 7,
        problem: "the time '00:00:07.100' has the wrong separator before the fraction",
        fix: 'read it as 00:00:07,100',
      },
      { line: 10, problem: 'a cue has no number', fix: 'numbered the cues in order' },
      { line: 14, problem: "the time '00:00:0x,000' is not a time", fix: 'left it out' },
      {
        line: 18,
        problem: 'the cue ends (00:00:14,300) before it starts (00:00:18,600)',
        fix: 'swapped the two times',
      },
      {
        line: 23,
        problem: 'the cue starts at 00:00:10,000, before the cue above it (00:00:14,300)',
        fix: 'put all cues in time order',
      },
    ]);
  });

  it('splits cues that lost the blank line between them, dropping the next cue’s number', () => {
    const text = '1\n00:00:01,000 --> 00:00:02,000\na\n2\n00:00:03,000 --> 00:00:04,000\nb\n';
    expect(parseSrt(text, { lenient: true }).cues).toEqual([
      { startMs: 1000, endMs: 2000, text: 'a' },
      { startMs: 3000, endMs: 4000, text: 'b' },
    ]);
  });

  it('gives a zero-length cue the minimum duration, even where that overlaps the next cue', () => {
    const text = '1\n00:00:01,000 --> 00:00:01,000\na\n\n2\n00:00:01,500 --> 00:00:04,000\nb\n';
    expect(parseSrt(text, { lenient: true }).cues).toEqual([
      { startMs: 1000, endMs: 1833, text: 'a' },
      { startMs: 1500, endMs: 4000, text: 'b' },
    ]);
    const alone = '1\n00:00:01,000 --> 00:00:01,000\na\n';
    expect(parseSrt(alone, { lenient: true }).cues).toEqual([{ startMs: 1000, endMs: 1833, text: 'a' }]);
  });

  it.each([false, true])(
    'keeps overlapping cues as written (lenient %s): never joined, cut or refused',
    (lenient) => {
      const text = [
        '1\n00:00:01,000 --> 00:00:04,000\nعائشہ: ہم نے social media پر 3 campaigns کیں۔',
        '2\n00:00:02,000 --> 00:00:05,000\nBilal: and who paid?',
        '3\n00:00:02,000 --> 00:00:03,000\n  (laughter)',
        '4\n00:00:05,000 --> 00:00:08,000\nlonger',
      ].join('\n\n');
      expect(parseSrt(text, { lenient })).toEqual({
        cues: [
          { startMs: 1000, endMs: 4000, text: 'عائشہ: ہم نے social media پر 3 campaigns کیں۔' },
          { startMs: 2000, endMs: 5000, text: 'Bilal: and who paid?' },
          { startMs: 2000, endMs: 3000, text: '  (laughter)' },
          { startMs: 5000, endMs: 8000, text: 'longer' },
        ],
        repairs: [],
        skipped: [],
      });
    },
  );

  it('skips a stray number line and text with no time, keeping the cues around them', () => {
    const text = 'intro text\n\nabc\n00:00:01,000 --> 00:00:02,000\nkept\n';
    const result = parseSrt(text, { lenient: true });
    expect(result.cues).toEqual([{ startMs: 1000, endMs: 2000, text: 'kept' }]);
    expect(result.repairs.map((repair) => repair.line)).toEqual([1, 3]);
  });
});
