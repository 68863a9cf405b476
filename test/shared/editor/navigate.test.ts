import { describe, expect, it } from 'vitest';
import {
  activeCueIndex,
  activeWordIndex,
  nextProblem,
  nextUncertainInTracks,
  nextUncertainWord,
  uncertainWords,
} from '../../../shared/editor/navigate';
import { checkTrack } from '../../../shared/editor/qc';
import { alignRows } from '../../../shared/editor/align';
import { defaultSegmentationRules } from '../../../shared/transcript/rules';
import { cue, track, word } from './fixtures';

const t = track([
  cue('a', 0, 1000, 'one two', [word('one', 0, 400, 0.2), word('two', 400, 900, 0.9)]),
  cue('b', 2000, 2300, 'three four', [word('three', 2000, 2100, 0.9), word('four', 2100, 2300, 0.5)]),
  cue('c', 3000, 4000, 'five'),
]);

describe('navigation', () => {
  it('lists uncertain words with their place in the text and visits them in order, wrapping', () => {
    expect(uncertainWords(t).map((w) => [w.cueId, w.start, w.end])).toEqual([
      ['a', 0, 3],
      ['b', 6, 10],
    ]);
    expect(nextUncertainWord(t)?.cueId).toBe('a');
    expect(nextUncertainWord(t, { cueIndex: 0, offset: 0 })?.cueId).toBe('b');
    expect(nextUncertainWord(t, { cueIndex: 1, offset: 6 })?.cueId).toBe('a');
    expect(nextUncertainWord(track([cue('x', 0, 1, 'x')]))).toBeUndefined();
  });

  it('goes to the next problem after the current cue, then through the list, wrapping', () => {
    const problems = checkTrack(t, defaultSegmentationRules);
    expect(problems.map((p) => [p.cueId, p.kind])).toEqual([
      ['b', 'too-fast'],
      ['b', 'too-short'],
    ]);
    expect(nextProblem(t, problems, 0)?.kind).toBe('too-fast');
    expect(nextProblem(t, problems, 1, problems[0])?.kind).toBe('too-short');
    expect(nextProblem(t, problems, 1, problems[1])?.kind).toBe('too-fast');
    expect(nextProblem(t, [], 0)).toBeUndefined();
  });

  it('finds the active cue and word at a time', () => {
    expect(activeCueIndex(t, 500)).toBe(0);
    expect(activeCueIndex(t, 1500)).toBe(-1);
    expect(activeCueIndex(t, 3999)).toBe(2);
    expect(activeCueIndex(t, 4000)).toBe(-1);
    expect(activeWordIndex(t.cues[0]!.words, 450)).toBe(1);
  });
});

describe('alignRows', () => {
  it('puts each translation cue beside the transcript cue it overlaps most, extra ones on their own rows', () => {
    const ur = track([cue('u1', 0, 3000, 'a'), cue('u2', 3200, 6000, 'b'), cue('u3', 7000, 8000, 'c')], 'ur');
    const en = track([cue('e1', 100, 3100, 'A'), cue('e2', 3300, 6000, 'B'), cue('e3', 6100, 6500, 'X')]);
    expect(alignRows([ur, en]).map((row) => row.cells)).toEqual([
      [0, 0],
      [1, 1],
      [undefined, 2],
      [2, undefined],
    ]);
    expect(alignRows([])).toEqual([]);
  });
});

describe('nextUncertainInTracks', () => {
  it('goes through every track in reading order after the caret, wrapping', () => {
    const ur = track(
      [cue('u1', 0, 1000, 'ایک دو', [word('ایک', 0, 500, 0.9), word('دو', 500, 900, 0.3)])],
      'ur',
    );
    const en = track([cue('e1', 0, 1000, 'one two', [word('one', 0, 400, 0.2), word('two', 400, 900, 0.9)])]);
    const tracks = [ur, en];
    expect(nextUncertainInTracks(tracks)).toMatchObject({ trackId: ur.id, cueId: 'u1', start: 4, end: 6 });
    expect(nextUncertainInTracks(tracks, { trackId: ur.id, cueId: 'u1', offset: 4 })).toMatchObject({
      trackId: en.id,
      start: 0,
    });
    expect(nextUncertainInTracks(tracks, { trackId: en.id, cueId: 'e1', offset: 0 })?.trackId).toBe(ur.id);
    expect(nextUncertainInTracks([track([cue('x', 0, 1, 'x')])])).toBeUndefined();
  });
});
