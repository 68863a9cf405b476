import { describe, expect, it } from 'vitest';
import {
  collapseRepeats,
  hallucinationProblem,
  mergeProblems,
  removeHallucination,
  removeHallucinations,
  trackHallucinations,
} from '../../../shared/editor/hallucinationQc';
import { createHistory, record, undo } from '../../../shared/editor/history';
import { checkTrack, type Problem } from '../../../shared/editor/qc';
import type { LoudnessWindow } from '../../../shared/transcript/hallucination';
import type { Transcript } from '../../../shared/transcript/model';
import { defaultSegmentationRules } from '../../../shared/transcript/rules';
import { cue, track, word } from './fixtures';

const loudness: LoudnessWindow[] = [
  { startMs: 0, endMs: 4000, rmsDbfs: -18 },
  { startMs: 4000, endMs: 8000, rmsDbfs: -74 },
  { startMs: 8000, endMs: 20_000, rmsDbfs: -16 },
];

/** Media Baithak's panel: an ordinary line, text over silence, a loop in a cue, an Urdu loop across cues. */
const panel = () =>
  track(
    [
      cue('a', 500, 3500, 'Media Baithak میں خوش آمدید، آج 2026 کی بات۔'),
      cue('b', 3800, 7800, 'Subscribe to the channel'),
      cue('c', 8500, 10_500, 'Thank you. Thank you. Thank you.', [
        word('Thank', 8500, 8800),
        word('you.', 8800, 9100),
        word('Thank', 9200, 9500),
        word('you.', 9500, 9800),
        word('Thank', 9900, 10_200),
        word('you.', 10_200, 10_500),
      ]),
      cue('d', 10_600, 12_000, 'شکریہ۔ شکریہ۔'),
      cue('e', 12_100, 13_500, 'شکریہ۔ شکریہ۔'),
      cue('f', 13_600, 15_000, 'اب اگلا سوال'),
    ],
    'ur',
  );

describe('possible hallucinations as QC problems', () => {
  it('flags text over silence, a loop in a cue and a loop across cues, with codes and parameters', () => {
    const problems = trackHallucinations(panel(), loudness);
    expect(
      problems.map(({ cueId, kind, severity, actual, limit, phrase, remove }) => ({
        cueId,
        kind,
        severity,
        actual,
        limit,
        phrase,
        remove,
      })),
    ).toEqual([
      {
        cueId: 'b',
        kind: 'text-over-silence',
        severity: 'warning',
        actual: 95,
        limit: 80,
        phrase: undefined,
        remove: 'cue',
      },
      {
        cueId: 'c',
        kind: 'repeated-phrase',
        severity: 'warning',
        actual: 3,
        limit: 3,
        phrase: 'thank you',
        remove: 'repeats',
      },
      {
        cueId: 'd',
        kind: 'repeated-phrase',
        severity: 'warning',
        actual: 4,
        limit: 3,
        phrase: 'شکریہ',
        remove: 'cue',
      },
      {
        cueId: 'e',
        kind: 'repeated-phrase',
        severity: 'warning',
        actual: 4,
        limit: 3,
        phrase: 'شکریہ',
        remove: 'cue',
      },
    ]);
    expect(problems[0]?.message).toBe(
      'Possible hallucination: text over silence (95% of its time is quieter than -50 dBFS).',
    );
  });

  it('without loudness finds loops only', () => {
    expect(trackHallucinations(panel(), []).map((problem) => problem.cueId)).toEqual(['c', 'd', 'e']);
    expect(hallucinationProblem('t', panel().cues, 0, loudness)).toBeUndefined();
  });
});

describe('collapseRepeats keeps the first copy of a loop', () => {
  it.each([
    ['Thank you. Thank you. Thank you.', 'Thank you.'],
    ['thank you thank you thank you', 'thank you'],
    ['شکریہ شکریہ شکریہ', 'شکریہ'],
    ['شکریہ۔ شکریہ۔ شکریہ۔ شکریہ۔', 'شکریہ۔'],
    ['Thank you, thank you, THANK YOU!', 'Thank you!'],
    ['ہم peace talks، peace talks، peace talks پر بات کریں گے۔', 'ہم peace talks پر بات کریں گے۔'],
    ['ok ok ok, and then 2026 2026 2026 came', 'ok, and then 2026 came'],
    ['no loop here, 2026 میں۔', 'no loop here, 2026 میں۔'],
    ['no no, twice is speech', 'no no, twice is speech'],
  ])('%s', (text, expected) => {
    expect(collapseRepeats(text)).toBe(expected);
  });
});

describe('removal edits', () => {
  const problemFor = (cueId: string) =>
    trackHallucinations(panel(), loudness).find((problem) => problem.cueId === cueId)!;

  it('deletes a cue over silence and nothing else', () => {
    const before = panel();
    const after = removeHallucination(before, problemFor('b'));
    expect(after.cues.map((item) => item.id)).toEqual(['a', 'c', 'd', 'e', 'f']);
    expect(after.cues[0]).toBe(before.cues[0]);
  });

  it('cuts a loop inside a cue to one copy, its words following the text, its times kept', () => {
    const after = removeHallucination(panel(), problemFor('c'));
    const changed = after.cues.find((item) => item.id === 'c')!;
    expect(changed).toMatchObject({ text: 'Thank you.', startMs: 8500, endMs: 10_500 });
    expect(changed.words.map((item) => item.text)).toEqual(['Thank', 'you.']);
    expect(after.cues).toHaveLength(6);
    expect(trackHallucinations(after, loudness).map((problem) => problem.cueId)).toEqual(['b', 'd', 'e']);
  });

  it('removing one cue of a loop across cues ends the loop for the rest', () => {
    const after = removeHallucination(panel(), problemFor('d'));
    expect(after.cues.map((item) => item.id)).toEqual(['a', 'b', 'c', 'e', 'f']);
    expect(trackHallucinations(after, loudness).map((problem) => problem.cueId)).toEqual(['b', 'c']);
  });

  it('does nothing (same track) when the cue is gone or the problem has no removal', () => {
    const before = panel();
    expect(removeHallucination(before, { cueId: 'zz', remove: 'cue' })).toBe(before);
    expect(removeHallucination(before, { cueId: 'a' })).toBe(before);
    expect(removeHallucination(before, { cueId: 'a', remove: 'repeats' })).toBe(before);
  });

  it('removes all of them, every track, as one new transcript', () => {
    const ur = panel();
    const en = {
      ...track([cue('e1', 4200, 7000, 'Thanks for watching')], 'en'),
      kind: 'translation' as const,
    };
    const transcript: Transcript = {
      schemaVersion: 1,
      mediaId: 'm-1',
      model: 'ggml-small.bin',
      createdAt: '2026-02-14T10:00:00.000Z',
      revision: 3,
      language: 'ur',
      tracks: [ur, en],
    };
    const problems = [...trackHallucinations(ur, loudness), ...trackHallucinations(en, loudness)];
    expect(problems).toHaveLength(5);
    const after = removeHallucinations(transcript, problems);
    expect(after.tracks[0]!.cues.map((item) => [item.id, item.text])).toEqual([
      ['a', 'Media Baithak میں خوش آمدید، آج 2026 کی بات۔'],
      ['c', 'Thank you.'],
      ['f', 'اب اگلا سوال'],
    ]);
    expect(after.tracks[1]!.cues).toEqual([]);
    expect(transcript.tracks[0]).toBe(ur);
    expect(removeHallucinations(transcript, [])).toBe(transcript);
    // As the editor records it: one step, and one undo gives the transcript back.
    const history = record(createHistory(transcript), after);
    expect(history.past).toHaveLength(1);
    expect(undo(history).present).toBe(transcript);
  });
});

describe('mergeProblems', () => {
  it('keeps track and cue order, QC first within a cue', () => {
    const ur = panel();
    const qc = checkTrack(ur, defaultSegmentationRules);
    const merged = mergeProblems([ur], qc, trackHallucinations(ur, loudness));
    const order = new Map(ur.cues.map((item, index) => [item.id, index]));
    const ranks = merged.map((problem) => order.get(problem.cueId)!);
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    expect(merged).toHaveLength(qc.length + 4);
    const onC = merged.filter((problem: Problem) => problem.cueId === 'c').map((problem) => problem.kind);
    expect(onC.at(-1)).toBe('repeated-phrase');
    expect(mergeProblems([ur], qc, [])).toBe(qc);
  });
});
