import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  PROGRESS_TICK_MS,
  TranscribeProgress,
} from '../../../../electron/engine/transcription/transcribeProgress';
import { SpeedStore } from '../../../../electron/engine/transcription/speedStore';

afterEach(() => vi.useRealTimers());

function tracked(runs: { audioMs: number; estimatedMs: number }[]) {
  let nowMs = 0;
  const shown: { ratio: number; etaMs: number }[] = [];
  const tracker = new TranscribeProgress(
    runs,
    (ratio, _step, etaMs) => shown.push({ ratio, etaMs }),
    () => nowMs,
  );
  return {
    tracker,
    shown,
    advance(ms: number) {
      nowMs += ms;
      vi.advanceTimersByTime(ms);
    },
  };
}

describe('TranscribeProgress', () => {
  it('moves every tick on the plan before whisper says anything, then follows whisper; never back, never 100 %', () => {
    vi.useFakeTimers();
    const { tracker, shown, advance } = tracked([{ audioMs: 60_000, estimatedMs: 10_000 }]);
    tracker.begin({ code: 'preparing-audio' });
    expect(shown.at(-1)).toEqual({ ratio: 0, etaMs: 10_000 });
    tracker.startRun(0, { code: 'transcribing' });
    advance(3 * PROGRESS_TICK_MS);
    expect(shown.at(-1)?.ratio).toBeCloseTo(0.3, 6);
    expect(shown.at(-1)?.etaMs).toBe(7_000);
    // whisper: 10 % after 3 s (slower than planned: a 30 s run): half believed at 10 %.
    tracker.whisperReported(0.1);
    expect(shown.at(-1)?.ratio).toBeCloseTo(0.3, 6); // never back
    expect(shown.at(-1)?.etaMs).toBe(17_000);
    advance(60 * PROGRESS_TICK_MS);
    tracker.whisperReported(2.72); // 1.9 test models say 272 %
    advance(PROGRESS_TICK_MS);
    const ratios = shown.map((entry) => entry.ratio);
    expect(ratios).toEqual([...ratios].sort((a, b) => a - b));
    expect(Math.max(...ratios)).toBeLessThanOrEqual(0.99);
    tracker.finishRun();
    const count = shown.length;
    advance(5 * PROGRESS_TICK_MS);
    expect(shown.length).toBe(count); // no ticks once the run is over
  });

  it('plans later parts at the pace the finished ones showed', () => {
    vi.useFakeTimers();
    const runs = [
      { audioMs: 600_000, estimatedMs: 100_000 },
      { audioMs: 600_000, estimatedMs: 100_000 },
    ];
    const { tracker, shown, advance } = tracked(runs);
    tracker.startRun(0, { code: 'transcribing', params: { part: 1, parts: 2 } });
    advance(200_000);
    expect(tracker.finishRun()).toBe(200_000);
    tracker.startRun(1, { code: 'transcribing', params: { part: 2, parts: 2 } });
    expect(shown.at(-1)?.ratio).toBe(0.5);
    expect(shown.at(-1)?.etaMs).toBe(200_000);
    tracker.stop();
  });
});

describe('SpeedStore', () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'guftagu-speeds-'));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('a calibration never overwrites measured runs; runs move the average; a damaged file is refused, not overwritten', async () => {
    const store = new SpeedStore(path.join(folder, 'speeds.json'));
    expect(await store.get('k')).toBeUndefined();
    expect(await store.record('k', { factor: 1, loadMs: 100, samples: 1 }, 'calibration')).toMatchObject({
      factor: 1,
      source: 'calibration',
    });
    // The first run replaces the calibration; the next moves it by 30 %.
    expect(await store.record('k', { factor: 2, loadMs: 100, samples: 1 }, 'runs')).toMatchObject({
      factor: 2,
      samples: 1,
    });
    expect((await store.record('k', { factor: 1, loadMs: 100, samples: 1 }, 'runs')).factor).toBeCloseTo(
      1.7,
      9,
    );
    expect(await store.record('k', { factor: 9, loadMs: 100, samples: 1 }, 'calibration')).toMatchObject({
      source: 'runs',
      samples: 2,
    });
    writeFileSync(path.join(folder, 'damaged.json'), '{ not json');
    await expect(new SpeedStore(path.join(folder, 'damaged.json')).get('k')).rejects.toMatchObject({
      code: 'document-corrupt',
    });
  });
});
