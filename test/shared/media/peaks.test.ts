import { describe, expect, it } from 'vitest';
import { downsamplePeaks } from '../../../shared/media/peaks';

describe('downsamplePeaks', () => {
  it('keeps the maximum of each group', () => {
    expect(downsamplePeaks([0.1, 0.9, 0.2, 0.3, 0.5, 0.4], 3)).toEqual([0.9, 0.3, 0.5]);
    expect(downsamplePeaks([0.1, 0.9, 0.2, 0.3, 0.5, 0.4], 2)).toEqual([0.9, 0.5]);
    expect(downsamplePeaks([0.1, 0.9, 0.2, 0.3, 0.5, 0.4], 1)).toEqual([0.9]);
  });

  it('covers every value when the groups are uneven', () => {
    const values = [0, 0, 0, 0, 0, 0, 1];
    const result = downsamplePeaks(values, 3);
    expect(result).toHaveLength(3);
    expect(result.at(-1)).toBe(1);
    const spike = downsamplePeaks([1, 0, 0, 0, 0, 0, 0], 3);
    expect(spike[0]).toBe(1);
  });

  it('returns a copy when there are no more values than buckets', () => {
    const values = [0.2, 0.4];
    const result = downsamplePeaks(values, 5);
    expect(result).toEqual([0.2, 0.4]);
    expect(result).not.toBe(values);
    expect(downsamplePeaks([], 10)).toEqual([]);
  });

  it('gives exactly the number of buckets asked for', () => {
    const values = Array.from({ length: 1000 }, (_, index) => (index % 10) / 10);
    for (const buckets of [1, 7, 333, 999]) expect(downsamplePeaks(values, buckets)).toHaveLength(buckets);
    expect(Math.max(...downsamplePeaks(values, 7))).toBe(0.9);
  });
});
