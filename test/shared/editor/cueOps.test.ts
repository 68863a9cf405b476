import { describe, expect, it } from 'vitest';
import {
  deleteCues,
  editText,
  insertCueAfter,
  mergeWithNext,
  moveCue,
  nudgeCue,
  setCueTimes,
  splitCue,
  uniqueCueId,
} from '../../../shared/editor/cueOps';
import { cue, spoken, track, word } from './fixtures';

describe('editText', () => {
  it('changes the text, realigns words, and leaves the input untouched', () => {
    const before = track([spoken()]);
    const after = editText(before, 'c1', 'We met at Karachi');
    expect(after.cues[0]?.text).toBe('We met at Karachi');
    expect(after.cues[0]?.words[2]?.probability).toBe(1);
    expect(before.cues[0]?.text).toBe('We met in Karachi');
    expect(editText(before, 'c1', 'We met in Karachi')).toBe(before);
    expect(editText(before, 'nope', 'x')).toBe(before);
  });
});

describe('splitCue', () => {
  it('splits at the word boundary time when the cue has words', () => {
    const result = splitCue(track([spoken()]), 'c1', 7, 83);
    expect(result.cues.map((c) => [c.id, c.text, c.startMs, c.endMs])).toEqual([
      ['c1', 'We met', 1000, 1517],
      ['c1-2', 'in Karachi', 1600, 3000],
    ]);
    expect(result.cues[1]?.words.map((w) => w.text)).toEqual(['in', 'Karachi']);
  });

  it('keeps a word the caret falls inside on the side with most of it', () => {
    const result = splitCue(track([spoken()]), 'c1', 12, 0); // "We met in Ka|rachi"
    expect(result.cues.map((c) => c.text)).toEqual(['We met in Ka', 'rachi']);
    expect(result.cues[0]?.words.map((w) => w.text)).toEqual(['We', 'met', 'in', 'Ka']);
    expect(result.cues[1]?.words.map((w) => w.text)).toEqual(['rachi']);
  });

  it('splits time by characters when there are no words, and refuses an empty side', () => {
    const plain = track([cue('a', 0, 2000, 'abc\ndefgh ij')]);
    const result = splitCue(plain, 'a', 3, 83);
    expect(result.cues.map((c) => [c.text, c.startMs, c.endMs])).toEqual([
      ['abc', 0, 462],
      ['defgh ij', 545, 2000],
    ]);
    expect(splitCue(plain, 'a', 0)).toBe(plain);
    expect(splitCue(plain, 'a', 12)).toBe(plain);
  });

  it('makes unique ids', () => {
    const t = track([cue('a', 0, 1, 'x'), cue('a-2', 2, 3, 'y')]);
    expect(uniqueCueId(t, 'a')).toBe('a-3');
    expect(uniqueCueId(t, 'a-2')).toBe('a-3');
  });
});

describe('mergeWithNext', () => {
  it('joins text (laid out again in lines), words and times; the last cue has nothing to merge', () => {
    const t = track([
      cue('a', 0, 1000, 'Dialogue is the first step', [word('Dialogue', 0, 400)]),
      cue('b', 1100, 3000, 'towards tolerance on campus.', [word('towards', 1100, 1500)]),
    ]);
    const merged = mergeWithNext(t, 'a');
    expect(merged.cues).toHaveLength(1);
    expect(merged.cues[0]).toMatchObject({
      id: 'a',
      startMs: 0,
      endMs: 3000,
      text: 'Dialogue is the first step\ntowards tolerance on campus.',
    });
    expect(merged.cues[0]?.words).toHaveLength(2);
    expect(mergeWithNext(t, 'b')).toBe(t);
  });
});

describe('insert and delete', () => {
  it('inserts an empty cue after, not into the next one', () => {
    const t = track([cue('a', 0, 1000, 'x'), cue('b', 2000, 3000, 'y')]);
    const { track: result, cueId } = insertCueAfter(t, 'a');
    expect(result.cues.map((c) => c.id)).toEqual(['a', cueId, 'b']);
    expect(result.cues[1]).toMatchObject({ startMs: 1083, endMs: 1917, text: '', words: [] });
    expect(insertCueAfter(t, undefined).track.cues[0]?.startMs).toBe(0);
    expect(deleteCues(result, [cueId]).cues.map((c) => c.id)).toEqual(['a', 'b']);
    expect(deleteCues(t, ['zz'])).toBe(t);
  });
});

describe('retiming', () => {
  const t = track([
    cue('a', 0, 1000, 'x'),
    cue('b', 2000, 3000, 'y', [word('y', 2100, 2900)]),
    cue('c', 4000, 5000, 'z'),
  ]);

  it('clamps edges to the neighbours with the gap, and to at least 0', () => {
    expect(setCueTimes(t, 'b', { startMs: 500 }, 83).cues[1]?.startMs).toBe(1083);
    expect(setCueTimes(t, 'b', { endMs: 9000 }, 83).cues[1]?.endMs).toBe(3917);
    expect(setCueTimes(t, 'a', { startMs: -50 }, 83).cues[0]?.startMs).toBe(0);
    expect(setCueTimes(t, 'b', { startMs: 2950 }, 83, 100).cues[1]?.startMs).toBe(2900);
    const shorter = setCueTimes(t, 'b', { endMs: 2500 }, 83);
    expect(shorter.cues[1]?.words[0]).toMatchObject({ startMs: 2100, endMs: 2500 });
    expect(setCueTimes(t, 'b', { startMs: 2000 })).toBe(t);
  });

  it('moves a whole cue within its neighbours, words along', () => {
    const moved = moveCue(t, 'b', 300, 83);
    expect(moved.cues[1]).toMatchObject({ startMs: 2300, endMs: 3300 });
    expect(moved.cues[1]?.words[0]).toMatchObject({ startMs: 2400, endMs: 3200 });
    expect(moveCue(t, 'b', -5000, 83).cues[1]).toMatchObject({ startMs: 1083, endMs: 2083 });
    expect(moveCue(t, 'c', 10_000, 83).cues[2]).toMatchObject({ startMs: 14_000, endMs: 15_000 });
  });

  it('nudges one edge by a step', () => {
    expect(nudgeCue(t, 'b', 'start', -100).cues[1]?.startMs).toBe(1900);
    expect(nudgeCue(t, 'b', 'end', 100).cues[1]?.endMs).toBe(3100);
  });
});
