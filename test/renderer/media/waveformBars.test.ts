import { describe, expect, it } from 'vitest';
import { waveformBars } from '../../../renderer/src/media/waveformBars';

describe('waveformBars', () => {
  it('draws nothing without values or room', () => {
    expect(waveformBars([], 100, 40)).toEqual([]);
    expect(waveformBars([0.5], 0, 40)).toEqual([]);
  });

  it('centres bars vertically and scales them to the height', () => {
    const bars = waveformBars([1, 0.5, 0], 9, 40, 3);
    expect(bars.map((bar) => bar.height)).toEqual([40, 20, 1]);
    expect(bars.map((bar) => bar.y)).toEqual([0, 10, 19.5]);
    expect(bars.map((bar) => bar.x)).toEqual([0, 3, 6]);
  });

  it('keeps the loudest peak when several share a bar, and clamps values above 1', () => {
    const bars = waveformBars([0.1, 0.9, 0.2, 0.3, 2, 0], 6, 10, 3);
    expect(bars.map((bar) => bar.height)).toEqual([9, 10]);
  });
});
