import { describe, expect, it } from 'vitest';
import {
  chunkBandAround,
  defaultChunkBand,
  planChunksAtSilence,
  type PlannedChunk,
} from '../../../shared/transcript/chunkPlan';
import type { LoudnessWindow } from '../../../shared/transcript/hallucination';

const min = (minutes: number) => Math.round(minutes * 60_000);
const sec = (seconds: number) => Math.round(seconds * 1000);

/**
 * 100 ms windows over `totalMs`: speech at −20 dBFS, and the given stretches at their own level
 * (silence at −70 dBFS unless said otherwise).
 */
function loudness(
  totalMs: number,
  quiet: { fromMs: number; toMs: number; dbfs?: number }[] = [],
  speechDbfs = -20,
): LoudnessWindow[] {
  const windows: LoudnessWindow[] = [];
  for (let startMs = 0; startMs < totalMs; startMs += 100) {
    const endMs = Math.min(totalMs, startMs + 100);
    const stretch = quiet.find((item) => startMs >= item.fromMs && endMs <= item.toMs);
    windows.push({ startMs, endMs, rmsDbfs: stretch ? (stretch.dbfs ?? -70) : speechDbfs });
  }
  return windows;
}

const silence = (fromMs: number, toMs: number, dbfs?: number) => ({
  fromMs,
  toMs,
  ...(dbfs === undefined ? {} : { dbfs }),
});

/** The plan as [cut kind, cut time] per seam. */
const seams = (plan: PlannedChunk[]) => plan.slice(1).map((chunk) => [chunk.cut, chunk.cutMs]);

/** Holds for every plan: the parts cover the recording in order, and none is longer than the band allows. */
function expectWellFormed(plan: PlannedChunk[], totalMs: number, band = defaultChunkBand): void {
  expect(plan[0]).toMatchObject({ offsetMs: 0, cutMs: 0, cut: 'start' });
  const last = plan.at(-1)!;
  expect(last.offsetMs + last.durationMs).toBe(totalMs);
  plan.forEach((chunk, index) => {
    expect(chunk.durationMs).toBeGreaterThan(0);
    expect(chunk.durationMs).toBeLessThanOrEqual(band.maxMs + band.overlapMs);
    const previous = plan[index - 1];
    if (!previous) return;
    const previousEndMs = previous.offsetMs + previous.durationMs;
    expect(chunk.overlapEndMs).toBe(chunk.cut === 'silence' ? chunk.offsetMs : previousEndMs);
    // No gap: the part starts where the previous ends (at a silence) or inside it (an overlap).
    expect(chunk.offsetMs).toBeLessThanOrEqual(previousEndMs);
    expect(chunk.cutMs).toBeGreaterThanOrEqual(chunk.offsetMs);
    expect(chunk.cutMs).toBeLessThanOrEqual(previousEndMs);
    expect(chunk.cutMs - previous.cutMs).toBeGreaterThanOrEqual(band.minMs);
    expect(chunk.cutMs - previous.cutMs).toBeLessThanOrEqual(band.maxMs);
  });
}

describe('planChunksAtSilence', () => {
  it('uses the band 8–11 min around 10-minute parts', () => {
    expect(defaultChunkBand).toEqual({ targetMs: min(10), minMs: min(8), maxMs: min(11), overlapMs: 2_000 });
    expect(chunkBandAround(20_000, 2_000)).toEqual({
      targetMs: 20_000,
      minMs: 16_000,
      maxMs: 22_000,
      overlapMs: 2_000,
    });
  });

  // [name, total, quiet stretches, expected seams]
  const table: [string, number, ReturnType<typeof silence>[], [string, number][]][] = [
    ['a recording no longer than the band stays whole', min(10.9), [], []],
    [
      'silence near the target: cut in its middle, no overlap',
      min(25),
      [silence(min(9.8), min(9.8) + 2_000), silence(min(19.5), min(19.5) + 3_000)],
      [
        ['silence', min(9.8) + 1_000],
        ['silence', min(19.5) + 1_500],
      ],
    ],
    [
      'digital silence (−∞ dBFS) is silence',
      min(15),
      [silence(min(9), min(9) + 1_000, Number.NEGATIVE_INFINITY)],
      [['silence', min(9) + 500]],
    ],
    [
      'no silence but a pause well below the speech: the quietest window, with an overlap',
      min(15),
      [silence(min(10.5), min(10.5) + 100, -35), silence(min(9), min(9) + 100, -32)],
      [['quiet', min(10.5) + 50]],
    ],
    ['steady sound with no pause: a hard cut at the target', min(15), [], [['hard', min(10)]]],
    [
      'a dip of less than 10 dB is no pause: a hard cut',
      min(15),
      [silence(min(9), min(9) + 100, -25)],
      [['hard', min(10)]],
    ],
    [
      'a silence running over the band start: cut at the band edge, inside the silence',
      min(15),
      [silence(min(8) - 3_000, min(8) + 2_000)],
      [['silence', min(8)]],
    ],
    [
      'a silence running past the band end: cut at the band edge, inside the silence',
      min(25),
      [silence(min(11) - 2_000, min(11) + 5_000)],
      [
        ['silence', min(11)],
        ['hard', min(21)],
      ],
    ],
    [
      'a silence just outside the band is not used',
      min(15),
      [silence(min(8) - 1_000, min(8) - 100)],
      [['hard', min(10)]],
    ],
    [
      'a silence with less than 300 ms inside the band is only a quiet point (with an overlap)',
      min(15),
      [silence(min(8) - 3_000, min(8) + 200)],
      [['quiet', min(8) + 150]],
    ],
    [
      'many short pauses: the longest wins, even far from the target',
      min(15),
      [
        ...Array.from({ length: 55 }, (_, index) =>
          silence(min(8) + index * 3_000, min(8) + index * 3_000 + 400),
        ),
        silence(min(8.5), min(8.5) + 800),
      ],
      [['silence', min(8.5) + 400]],
    ],
    [
      'many equal short pauses: the one nearest the target',
      min(15),
      Array.from({ length: 55 }, (_, index) =>
        silence(min(8) + 1_000 + index * 3_000, min(8) + 1_400 + index * 3_000),
      ),
      [['silence', min(8) + 1_000 + 40 * 3_000 + 200]],
    ],
    [
      'two long enough silences: the nearer the target wins over the longer',
      min(15),
      [silence(min(8.2), min(8.2) + 6_000), silence(min(10.1), min(10.1) + 1_600)],
      [['silence', min(10.1) + 800]],
    ],
    [
      'barely longer than one part: the last part keeps at least 3 min',
      min(11.5),
      [silence(min(9.5), min(9.5) + 2_000), silence(min(8.3), min(8.3) + 600)],
      [['silence', min(8.3) + 300]],
    ],
    [
      'barely longer than one part without silence: a hard cut leaving 3 min',
      min(11.5),
      [],
      [['hard', min(8.5)]],
    ],
  ];

  it.each(table)('%s', (_name, totalMs, quiet, expected) => {
    const plan = planChunksAtSilence(totalMs, loudness(totalMs, quiet));
    expect(seams(plan)).toEqual(expected);
    expectWellFormed(plan, totalMs);
  });

  it('lays out an overlap centred on a cut that is not at a silence, and none at a silence', () => {
    const totalMs = min(25);
    const plan = planChunksAtSilence(totalMs, loudness(totalMs, [silence(min(19.5), min(19.5) + 3_000)]));
    expect(plan).toEqual([
      { offsetMs: 0, durationMs: min(10) + 1_000, overlapEndMs: 0, cutMs: 0, cut: 'start' },
      {
        offsetMs: min(10) - 1_000,
        durationMs: min(19.5) + 1_500 - (min(10) - 1_000),
        overlapEndMs: min(10) + 1_000,
        cutMs: min(10),
        cut: 'hard',
      },
      {
        offsetMs: min(19.5) + 1_500,
        durationMs: totalMs - (min(19.5) + 1_500),
        overlapEndMs: min(19.5) + 1_500,
        cutMs: min(19.5) + 1_500,
        cut: 'silence',
      },
    ]);
  });

  it('cuts without loudness (unread) at the target with overlaps, as fixed parts did', () => {
    const plan = planChunksAtSilence(min(25), []);
    expect(seams(plan)).toEqual([
      ['hard', min(10)],
      ['hard', min(20)],
    ]);
    expectWellFormed(plan, min(25));
  });

  it('keeps a short or empty recording whole', () => {
    expect(planChunksAtSilence(0, [])).toEqual([
      { offsetMs: 0, durationMs: 0, overlapEndMs: 0, cutMs: 0, cut: 'start' },
    ]);
    expect(planChunksAtSilence(sec(11), loudness(sec(11)))).toHaveLength(1);
  });

  it('forced small parts (20 s) cut a 60 s recording at its silences', () => {
    const band = chunkBandAround(20_000, 2_000);
    const quiet = [silence(17_000, 19_000), silence(20_500, 20_800), silence(37_500, 39_000)];
    const plan = planChunksAtSilence(60_000, loudness(60_000, quiet), band);
    expect(seams(plan)).toEqual([
      ['silence', 18_000],
      ['silence', 38_250],
    ]);
    expectWellFormed(plan, 60_000, band);
  });

  it('covers two hours of speech with random pauses in well-formed parts', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const totalMs = min(120);
    const quiet: ReturnType<typeof silence>[] = [];
    for (let atMs = 0; atMs < totalMs; atMs += 5_000 + Math.round(random() * 60_000)) {
      quiet.push(
        silence(
          atMs - (atMs % 100),
          atMs - (atMs % 100) + 100 * Math.round(random() * 20),
          -40 - random() * 30,
        ),
      );
    }
    const plan = planChunksAtSilence(totalMs, loudness(totalMs, quiet));
    expect(plan.length).toBeGreaterThanOrEqual(11);
    expect(plan.length).toBeLessThanOrEqual(16);
    expectWellFormed(plan, totalMs);
  });
});
