import { describe, expect, it } from 'vitest';
import { parseText, readingDurationMs, toText } from '../../../shared/subtitles/textFormat';
import { interviewCues, worded } from './samples';

describe('the text format', () => {
  it('writes one paragraph per cue under a [start --> end] line', () => {
    expect(toText(interviewCues.slice(3))).toBe(
      '[00:00:11.200 --> 00:00:14.000]\nکیا آپ اگلے سیشن میں آئیں گی؟\n\n[00:00:14.300 --> 00:00:18.600]\nDialogue is the first step\ntowards tolerance on campus.\n',
    );
  });

  it('reads hand-typed times: [start] only, text on the same line, no hours or fraction', () => {
    const text = '[00:01] پہلی بات\n\n[0:00:05.5 - 0:00:07] second\nline two\n\n[01:00]\nlast words here';
    expect(parseText(text)).toEqual({
      cues: [
        { startMs: 1000, endMs: 1833, text: 'پہلی بات' },
        { startMs: 5500, endMs: 7000, text: 'second\nline two' },
        { startMs: 60_000, endMs: 60_000 + readingDurationMs('last words here'), text: 'last words here' },
      ],
      repairs: [],
      skipped: [],
    });
  });

  it('ends a [start]-only cue where the next starts', () => {
    const long = 'a'.repeat(200);
    expect(parseText(`[00:00:01] ${long}\n\n[00:00:03] next`).cues[0]).toEqual({
      startMs: 1000,
      endMs: 3000,
      text: long,
    });
  });

  it('times a file with no times paragraph after paragraph by reading speed, noting it once', () => {
    const result = parseText('First paragraph.\n\nدوسرا پیراگراف\nدو سطریں');
    expect(result.cues).toEqual([
      { startMs: 0, endMs: 942, text: 'First paragraph.' }, // 16 characters at 17 a second
      { startMs: 942 + 83, endMs: 942 + 83 + 1353, text: 'دوسرا پیراگراف\nدو سطریں' }, // 23 characters
    ]);
    expect(worded(result.repairs)).toEqual([
      {
        line: 1,
        problem: 'the text has no times',
        fix: 'timed each paragraph by reading speed, one after another',
      },
    ]);
  });

  it('strict: refuses a paragraph without a time among timed ones; lenient: places it after the cue above', () => {
    const text =
      '[00:00:01.000 --> 00:00:02.000]\nfirst\n\nno time here\n\n[00:00:10.000 --> 00:00:11.000]\nlast';
    expect(() => parseText(text)).toThrow("Line 4: the paragraph 'no time here' has no time.");
    expect(parseText(text, { lenient: true }).cues).toEqual([
      { startMs: 1000, endMs: 2000, text: 'first' },
      { startMs: 2083, endMs: 2916, text: 'no time here' },
      { startMs: 10_000, endMs: 11_000, text: 'last' },
    ]);
  });
});
