import { describe, expect, it } from 'vitest';
import { estimateRemainingMs, weightedProgress } from '../../../shared/jobs/eta';

describe('estimateRemainingMs', () => {
  it('assumes a steady rate once there is enough to go on', () => {
    expect(estimateRemainingMs(10_000, 0.5)).toBe(10_000);
    expect(estimateRemainingMs(1_000, 0.25)).toBe(3_000);
    expect(estimateRemainingMs(600, 0.02)).toBe(29_400);
  });

  it('says nothing below 2 % progress or half a second', () => {
    expect(estimateRemainingMs(10_000, 0.019)).toBeUndefined();
    expect(estimateRemainingMs(10_000, 0)).toBeUndefined();
    expect(estimateRemainingMs(499, 0.5)).toBeUndefined();
    expect(estimateRemainingMs(10_000, Number.NaN)).toBeUndefined();
  });

  it('is zero when the work is done', () => {
    expect(estimateRemainingMs(10_000, 1)).toBe(0);
    expect(estimateRemainingMs(0, 1)).toBe(0);
  });
});

describe('weightedProgress', () => {
  const weights = [0.8, 0.1, 3];

  it('adds finished steps and the part of the current one', () => {
    expect(weightedProgress(weights, 0, 0)).toBe(0);
    expect(weightedProgress(weights, 0, 0.5)).toBeCloseTo(0.4 / 3.9, 10);
    expect(weightedProgress(weights, 1, 0)).toBeCloseTo(0.8 / 3.9, 10);
    expect(weightedProgress(weights, 2, 0.5)).toBeCloseTo(2.4 / 3.9, 10);
    expect(weightedProgress(weights, 2, 1)).toBe(1);
  });

  it('clamps step progress and indexes past the end', () => {
    expect(weightedProgress(weights, 0, -1)).toBe(0);
    expect(weightedProgress(weights, 0, 7)).toBeCloseTo(0.8 / 3.9, 10);
    expect(weightedProgress(weights, 5, 0.5)).toBe(1);
  });

  it('is zero without weights', () => {
    expect(weightedProgress([], 0, 0.5)).toBe(0);
    expect(weightedProgress([0, 0], 1, 0.5)).toBe(0);
  });
});
