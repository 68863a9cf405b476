import { describe, expect, it } from 'vitest';
import { shiftCues, stretchCues, stretchFactor } from '../../../shared/editor/timeOps';
import { cue, track, word } from './fixtures';

const t = track([cue('a', 500, 1500, 'x', [word('x', 600, 1400)]), cue('b', 2000, 3000, 'y')]);

describe('shift and stretch', () => {
  it('shifts all cues or the selected ones, words along, never below 0', () => {
    expect(shiftCues(t, 250).cues.map((c) => [c.startMs, c.endMs])).toEqual([
      [750, 1750],
      [2250, 3250],
    ]);
    expect(shiftCues(t, 250).cues[0]?.words[0]).toMatchObject({ startMs: 850, endMs: 1650 });
    expect(shiftCues(t, -100, ['b']).cues.map((c) => c.startMs)).toEqual([500, 1900]);
    expect(shiftCues(t, -9000).cues.map((c) => c.startMs)).toEqual([0, 1500]);
    expect(shiftCues(t, 0)).toBe(t);
    expect(shiftCues(t, 10, ['none'])).toBe(t);
  });

  it('scales times around an anchor', () => {
    const stretched = stretchCues(t, 2, 1000);
    expect(stretched.cues.map((c) => [c.startMs, c.endMs])).toEqual([
      [0, 2000],
      [3000, 5000],
    ]);
    expect(stretchCues(t, 1)).toBe(t);
    expect(stretchCues(t, -1)).toBe(t);
    expect(stretchFactor(0, 1000, 0, 1042)).toBeCloseTo(1.042);
  });
});
