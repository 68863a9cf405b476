import { describe, expect, it } from 'vitest';
import {
  estimateRunMs,
  guessedSpeed,
  shouldCalibrateBeforeRun,
  fallbackSpeedKey,
  mergeSpeed,
  observedSpeed,
  speedKey,
  type Speed,
  type SpeedKeyParts,
} from '../../../shared/transcript/speedEstimate';

const parts: SpeedKeyParts = {
  whisperVersion: '1.9.1',
  whisperBytes: 2_000_000,
  modelFileName: 'ggml-small.bin',
  modelBytes: 487_601_967,
  threads: 2,
  vad: false,
  dtw: false,
};

describe('estimateRunMs', () => {
  it.each<[string, number, Pick<Speed, 'factor' | 'loadMs'>, number]>([
    ['ten minutes at half real time', 600_000, { factor: 0.5, loadMs: 1_000 }, 301_000],
    ['an hour slower than real time', 3_600_000, { factor: 1.8, loadMs: 4_000 }, 6_484_000],
    ['11 s still costs a whole 30 s window', 11_000, { factor: 0.2, loadMs: 500 }, 6_500],
    ['nothing to transcribe costs the load', 0, { factor: 0.2, loadMs: 500 }, 500],
  ])('%s', (_name, audioMs, speed, expected) => {
    expect(estimateRunMs(audioMs, speed)).toBe(expected);
  });
});

describe('observedSpeed', () => {
  it.each<[string, { audioMs: number; wallMs: number; loadMs?: number }, Speed]>([
    [
      'load time taken off',
      { audioMs: 60_000, wallMs: 31_000, loadMs: 1_000 },
      { factor: 0.5, loadMs: 1_000, samples: 1 },
    ],
    [
      'a short clip is one window',
      { audioMs: 11_000, wallMs: 9_000, loadMs: 0 },
      { factor: 0.3, loadMs: 0, samples: 1 },
    ],
    ['no load time known', { audioMs: 120_000, wallMs: 60_000 }, { factor: 0.5, loadMs: 0, samples: 1 }],
    [
      'a load time over the wall time is capped',
      { audioMs: 30_000, wallMs: 100, loadMs: 500 },
      { factor: 0, loadMs: 100, samples: 1 },
    ],
  ])('%s', (_name, run, expected) => {
    expect(observedSpeed(run)).toEqual(expected);
  });
});

describe('mergeSpeed', () => {
  it.each<[string, Speed | undefined, Speed, Speed]>([
    [
      'the first measurement is taken as it is',
      undefined,
      { factor: 0.4, loadMs: 200, samples: 1 },
      { factor: 0.4, loadMs: 200, samples: 1 },
    ],
    [
      'a later run moves it by 30 %',
      { factor: 1, loadMs: 1_000, samples: 3 },
      { factor: 2, loadMs: 0, samples: 1 },
      { factor: 1.3, loadMs: 700, samples: 4 },
    ],
    [
      'a faster run moves it down',
      { factor: 1, loadMs: 100, samples: 1 },
      { factor: 0, loadMs: 100, samples: 1 },
      { factor: 0.7, loadMs: 100, samples: 2 },
    ],
  ])('%s', (_name, stored, measured, expected) => {
    const merged = mergeSpeed(stored, measured);
    expect(merged.samples).toBe(expected.samples);
    expect(merged.factor).toBeCloseTo(expected.factor, 9);
    expect(merged.loadMs).toBeCloseTo(expected.loadMs, 9);
  });
});

describe('speedKey', () => {
  it('tells apart every setting the speed depends on', () => {
    const keys = new Set([
      speedKey(parts),
      speedKey({ ...parts, whisperVersion: '1.5 or older' }),
      speedKey({ ...parts, whisperBytes: 1 }),
      speedKey({ ...parts, modelFileName: 'ggml-base.bin' }),
      speedKey({ ...parts, modelBytes: 1 }),
      speedKey({ ...parts, threads: 4 }),
      speedKey({ ...parts, vad: true }),
      speedKey({ ...parts, dtw: true }),
    ]);
    expect(keys.size).toBe(8);
  });

  it('plans a run with VAD from the speed without it until one is measured', () => {
    expect(fallbackSpeedKey({ ...parts, vad: true })).toBe(speedKey(parts));
    expect(fallbackSpeedKey(parts)).toBeUndefined();
  });
});

describe('guessedSpeed and shouldCalibrateBeforeRun', () => {
  it.each<[string, number, number]>([
    ['small runs near real time', 487_601_967, 0.975],
    ['large-v3-turbo is slower than real time', 1_624_555_275, 3.249],
    ['a test model is guessed as the smallest', 575_451, 0.1],
  ])('%s', (_name, bytes, factor) => {
    expect(guessedSpeed(bytes).factor).toBeCloseTo(factor, 3);
    expect(guessedSpeed(bytes).samples).toBe(0);
  });

  it.each<[number, boolean, boolean]>([
    [4 * 60_000, false, false],
    [5 * 60_000, false, true],
    [3_600_000, false, true],
    [3_600_000, true, false],
  ])('%i ms, known %s → calibrate %s', (durationMs, known, expected) => {
    expect(shouldCalibrateBeforeRun(durationMs, known)).toBe(expected);
  });
});
