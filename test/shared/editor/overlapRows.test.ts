import { describe, expect, it } from 'vitest';
import { overlapRows } from '../../../shared/editor/overlapRows';

const cue = (startMs: number, endMs: number) => ({ startMs, endMs });

describe('overlapRows', () => {
  it.each([
    ['no cues', [], { rowOf: [], rows: 0 }],
    [
      'cues one after another share row 0',
      [cue(0, 1000), cue(1000, 2000), cue(2083, 3000)],
      { rowOf: [0, 0, 0], rows: 1 },
    ],
    ['two people at once: the second below', [cue(1000, 4000), cue(2000, 5000)], { rowOf: [0, 1], rows: 2 }],
    [
      'an interjection inside both goes to a third row; a later cue returns to row 0',
      [cue(1000, 4000), cue(2000, 5000), cue(2500, 3000), cue(6000, 7000)],
      { rowOf: [0, 1, 2, 0], rows: 3 },
    ],
    ['the same start: file order', [cue(6000, 8000), cue(6000, 7500)], { rowOf: [0, 1], rows: 2 }],
    ['out of order in the track: by start', [cue(2000, 3000), cue(0, 2500)], { rowOf: [1, 0], rows: 2 }],
    ['a reversed cue spans its two times', [cue(1000, 999), cue(0, 1500)], { rowOf: [1, 0], rows: 2 }],
    [
      'a row frees up as soon as its cue ends',
      [cue(0, 3000), cue(1000, 2000), cue(2000, 4000)],
      { rowOf: [0, 1, 1], rows: 2 },
    ],
  ])('%s', (_name, cues, expected) => {
    expect(overlapRows(cues)).toEqual(expected);
  });
});
