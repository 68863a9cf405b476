import { describe, expect, it } from 'vitest';
import { compileQuery, findMatches } from '../../../shared/editor/find';
import type { Problem } from '../../../shared/editor/qc';
import type { Track } from '../../../shared/transcript/model';
import { markSpans } from '../../../renderer/src/editor/cueMarks';
import { findMarksByCue, parseFindMarks, type TrackMatch } from '../../../renderer/src/editor/findMarks';
import { editorTranslator } from '../../../renderer/src/editor/i18n/useEditorT';
import { problemCountText, problemNotesByCue } from '../../../renderer/src/editor/problemNotes';
import {
  CUE_ROW_PX,
  LANE_GAP_PX,
  MIN_CUE_ROW_PX,
  WAVEFORM_PX,
  timelineLayout,
} from '../../../renderer/src/editor/timelineLayout';

// A mixed line the hard way: harakat (zabar, zer), a ZWNJ, an English phrase, digits, ، and ۔
const mixed = 'ہم نے social media پر 3 مُہِمّیں\u200Cچلائیں، پھر social media ٹیم آئی۔';

const track = (id: string, texts: string[]): Track =>
  ({
    id,
    language: 'ur',
    kind: 'transcript',
    direction: 'rtl',
    cues: texts.map((text, index) => ({
      id: `c${index}`,
      startMs: index * 1000,
      endMs: index * 1000 + 900,
      text,
      words: [],
    })),
  }) as unknown as Track;

const matchesIn = (tracks: Track[], query: string): TrackMatch[] => {
  const compiled = compileQuery(query, { regex: false, caseSensitive: false });
  if (!compiled.ok) throw new Error(compiled.message);
  return tracks.flatMap((one) =>
    findMatches(one, compiled.pattern).map((match) => ({ ...match, trackId: one.id })),
  );
};

describe('find marks', () => {
  it('keys every match by its cue, the current one marked, and reads them back in UTF-16 offsets', () => {
    const tracks = [track('ur', [mixed, 'کوئی نہیں']), track('en', ['Social Media team'])];
    const matches = matchesIn(tracks, 'social media');
    expect(matches).toHaveLength(3);
    const marks = findMarksByCue(matches, matches[1]);
    const first = mixed.indexOf('social media');
    const second = mixed.indexOf('social media', first + 1);
    expect(Object.fromEntries(marks)).toEqual({
      'ur/c0': `${first}-${first + 12},${second}-${second + 12}!`,
      'en/c0': '0-12',
    });
    const ranges = parseFindMarks(marks.get('ur/c0')!, mixed.length);
    // The offsets are the text box's: its selection of a range is exactly the match, harakat and ZWNJ counted.
    expect(ranges.map((range) => mixed.slice(range.start, range.end))).toEqual([
      'social media',
      'social media',
    ]);
    expect(ranges.map((range) => range.current)).toEqual([false, true]);
  });

  it.each([
    ['an Urdu word with harakat', 'مُہِمّیں'],
    ['the digit and the ZWNJ beside it', '3 مُہِمّیں\u200Cچلائیں'],
    ['Urdu punctuation', 'چلائیں، پھر'],
  ])('finds %s at its own offsets', (_what, query) => {
    const [match] = matchesIn([track('ur', [mixed])], query);
    expect(match && mixed.slice(match.start, match.end)).toBe(query);
  });

  it.each([
    ['', 10, []],
    ['2-5', 10, [{ start: 2, end: 5, current: false }]],
    [
      '8-20!,1-3',
      10,
      [
        { start: 1, end: 3, current: false },
        { start: 8, end: 10, current: true },
      ],
    ],
    ['4-4,x-2,3', 10, []],
    ['12-15', 10, []],
  ])('parses %j in a text of %i letters', (marks, length, expected) => {
    expect(parseFindMarks(marks, length)).toEqual(expected);
  });

  it('cuts the mirror spans at the matches, across uncertain and spoken words, joining back to the text', () => {
    const word = (text: string, probability: number) => ({ text, startMs: 0, endMs: 1, probability });
    const cue = {
      text: 'میرا نام عائشہ ہے',
      words: [word('میرا', 0.9), word('نام', 0.9), word('عائشہ', 0.42), word('ہے', 0.9)],
    };
    const spans = markSpans(cue, 1, [
      { start: 6, end: 11, current: true }, // "ام عا": the end of the spoken word into the uncertain one
      { start: 15, end: 17, current: false }, // "ہے"
    ]);
    expect(spans.map((span) => span.text).join('')).toBe(cue.text);
    expect(spans).toEqual([
      { text: 'میرا ' },
      { text: 'ن', active: true },
      { text: 'ام', active: true, found: 'current' },
      { text: ' ', found: 'current' },
      { text: 'عا', uncertain: 42, found: 'current' },
      { text: 'ئشہ', uncertain: 42 },
      { text: ' ' },
      { text: 'ہے', found: 'match' },
    ]);
    // No matches: the spans are exactly what they were without find.
    expect(markSpans(cue, 1, [])).toEqual(markSpans(cue, 1));
  });
});

describe('timeline layout', () => {
  const lanesPx = (rows: number[]) => {
    const layout = timelineLayout(rows);
    return layout.lanes.reduce((sum, lane) => sum + lane.heightPx, 0);
  };
  it.each([
    ['no track', [], CUE_ROW_PX, WAVEFORM_PX + LANE_GAP_PX],
    ['one track', [1], CUE_ROW_PX, WAVEFORM_PX + 2 * LANE_GAP_PX + CUE_ROW_PX],
    ['two tracks', [1, 1], CUE_ROW_PX, WAVEFORM_PX + 3 * LANE_GAP_PX + 2 * CUE_ROW_PX],
    ['three tracks', [1, 1, 1], CUE_ROW_PX, WAVEFORM_PX + 4 * LANE_GAP_PX + 3 * CUE_ROW_PX],
    [
      'two tracks, one with two people at once',
      [2, 1],
      CUE_ROW_PX,
      WAVEFORM_PX + 3 * LANE_GAP_PX + 3 * CUE_ROW_PX,
    ],
    ['three tracks stacked two deep', [2, 2, 2], 19, WAVEFORM_PX + 4 * LANE_GAP_PX + 6 * 19],
    [
      'an empty track (0 rows) still gets a lane',
      [0, 1],
      CUE_ROW_PX,
      WAVEFORM_PX + 3 * LANE_GAP_PX + 2 * CUE_ROW_PX,
    ],
    [
      'many stacks: rows stop at the minimum, the timeline grows',
      [5, 5, 5],
      MIN_CUE_ROW_PX,
      WAVEFORM_PX + 4 * LANE_GAP_PX + 15 * MIN_CUE_ROW_PX,
    ],
  ])('%s', (_what, rows, rowPx, totalPx) => {
    const layout = timelineLayout(rows);
    expect(layout.waveformPx).toBe(WAVEFORM_PX);
    expect(layout.lanes.every((lane) => lane.rowPx === rowPx)).toBe(true);
    expect(layout.totalPx).toBe(totalPx);
    // Lanes start below the waveform, in order, without overlapping.
    let bottom = WAVEFORM_PX;
    for (const lane of layout.lanes) {
      expect(lane.topPx).toBe(bottom + LANE_GAP_PX);
      bottom = lane.topPx + lane.heightPx;
    }
    expect(lanesPx(rows)).toBe(layout.lanes.reduce((sum, lane) => sum + lane.heightPx, 0));
  });
});

describe('problem notes', () => {
  const problem = (cueId: string, kind: Problem['kind'], actual: number, limit: number): Problem => ({
    trackId: 'ur',
    cueId,
    kind,
    severity: 'error',
    actual,
    limit,
    message: '',
  });
  const problems = [
    problem('c1', 'line-too-long', 52, 42),
    problem('c1', 'too-fast', 24, 17),
    problem('c2', 'empty', 0, 1),
  ];

  it.each([
    [
      'en',
      {
        'ur/c1':
          'Problem 1: Line of 52 characters (limit 42); Problem 2: 24 characters per second (limit 17)',
        'ur/c2': 'Problem 1: No text',
      },
      ['1 problem', '2 problems'],
    ],
    [
      'ur',
      {
        'ur/c1': 'مسئلہ 1: لائن میں 52 حروف (حد 42)؛ مسئلہ 2: 24 حروف فی سیکنڈ (حد 17)',
        'ur/c2': 'مسئلہ 1: کوئی متن نہیں',
      },
      ['1 مسئلہ', '2 مسائل'],
    ],
  ] as const)('words each cue’s problems in %s', (language, notes, counts) => {
    const t = editorTranslator(language);
    const worded = problemNotesByCue(problems, t);
    expect(Object.fromEntries(Object.keys(notes).map((key) => [key, worded.get(key)]))).toEqual(notes);
    expect(worded.get('ur/no-such-cue')).toBeUndefined();
    expect([problemCountText(1, t), problemCountText(2, t)]).toEqual(counts);
  });
});
