import { describe, expect, it } from 'vitest';
import {
  MAX_PROGRESS_BEFORE_DONE,
  nextShownProgress,
  overallProgress,
  runProgress,
  type OverallInput,
  type WhisperReport,
} from '../../../shared/transcript/progressEstimate';

describe('runProgress', () => {
  it.each<[string, number, number, WhisperReport | undefined, number, number]>([
    // name, elapsed, estimated, report, ratio, expected total
    ['moves from the start on the plan alone', 10_000, 100_000, undefined, 0.1, 100_000],
    ['half way on plan', 50_000, 100_000, undefined, 0.5, 100_000],
    [
      'a late run waits at 95 % with its end a little ahead',
      200_000,
      100_000,
      undefined,
      0.95,
      200_000 / 0.95,
    ],
    [
      'an early small report is only partly believed',
      20_000,
      100_000,
      { ratio: 0.05, atElapsedMs: 20_000 },
      20_000 / 175_000,
      175_000,
    ],
    [
      'a report of 20 % or more is believed',
      40_000,
      100_000,
      { ratio: 0.2, atElapsedMs: 40_000 },
      0.2,
      200_000,
    ],
    ['a fast report pulls the plan in', 30_000, 100_000, { ratio: 0.5, atElapsedMs: 30_000 }, 0.5, 60_000],
    ['between reports time moves it on', 45_000, 100_000, { ratio: 0.5, atElapsedMs: 30_000 }, 0.75, 60_000],
    [
      'whisper over 100 % (1.9 test models) counts as done: waits at 95 %',
      9_000,
      5_000,
      { ratio: 2.72, atElapsedMs: 8_500 },
      0.95,
      9_000 / 0.95,
    ],
    ['a zero report is ignored', 10_000, 100_000, { ratio: 0, atElapsedMs: 5_000 }, 0.1, 100_000],
  ])('%s', (_name, elapsed, estimated, report, ratio, total) => {
    const result = runProgress(elapsed, estimated, report);
    expect(result.ratio).toBeCloseTo(ratio, 6);
    expect(result.expectedTotalMs).toBeCloseTo(total, 3);
  });
});

const chunks = [
  { audioMs: 600_000, estimatedMs: 300_000 },
  { audioMs: 600_000, estimatedMs: 300_000 },
  { audioMs: 300_000, estimatedMs: 150_000 },
];

describe('overallProgress', () => {
  it.each<[string, OverallInput, number, number]>([
    [
      'before the first run: nothing done, the whole plan left',
      { runs: chunks, currentIndex: -1, finishedMs: [] },
      0,
      750_000,
    ],
    [
      'half of the first chunk on plan',
      {
        runs: chunks,
        currentIndex: 0,
        finishedMs: [],
        current: { elapsedMs: 150_000, progress: { ratio: 0.5, expectedTotalMs: 300_000 } },
      },
      0.2,
      600_000,
    ],
    [
      'the first chunk ran twice as slow: later chunks are planned twice as long',
      {
        runs: chunks,
        currentIndex: 1,
        finishedMs: [600_000],
        current: { elapsedMs: 0, progress: { ratio: 0, expectedTotalMs: 300_000 } },
      },
      0.4,
      300_000 + 150_000 * 2,
    ],
    [
      'weights are the chunks’ audio: the short last chunk counts less',
      {
        runs: chunks,
        currentIndex: 2,
        finishedMs: [300_000, 300_000],
        current: { elapsedMs: 75_000, progress: { ratio: 0.5, expectedTotalMs: 150_000 } },
      },
      0.9,
      75_000,
    ],
    [
      'a pace far off the plan is limited to 4×',
      {
        runs: chunks,
        currentIndex: 1,
        finishedMs: [3_000_000],
        current: { elapsedMs: 0, progress: { ratio: 0, expectedTotalMs: 300_000 } },
      },
      0.4,
      300_000 + 150_000 * 4,
    ],
    ['no runs', { runs: [], currentIndex: 0, finishedMs: [] }, 0, 0],
  ])('%s', (_name, input, ratio, remainingMs) => {
    const result = overallProgress(input);
    expect(result.ratio).toBeCloseTo(ratio, 6);
    expect(result.remainingMs).toBe(remainingMs);
  });
});

describe('nextShownProgress', () => {
  it.each<[number, number, number]>([
    [0, 0.1, 0.1],
    [0.4, 0.3, 0.4],
    [0.5, 1, MAX_PROGRESS_BEFORE_DONE],
    [0.2, -1, 0.2],
  ])('%d then %d shows %d', (previous, computed, shown) => {
    expect(nextShownProgress(previous, computed)).toBe(shown);
  });
});
