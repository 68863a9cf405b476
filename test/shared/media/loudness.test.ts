import { describe, expect, it } from 'vitest';
import { compactLoudness, expandLoudness, LOUDNESS_FLOOR_DBFS } from '../../../shared/media/loudness';

describe('compact loudness (what media.loudness sends)', () => {
  it('rounds to 0.1 dB, sends digital silence as the floor, and expands back to the same windows', () => {
    const compact = compactLoudness(
      [
        { startMs: 0, endMs: 100, rmsDbfs: -13.5432 },
        { startMs: 100, endMs: 200, rmsDbfs: -Infinity },
        { startMs: 200, endMs: 250, rmsDbfs: -150 },
      ],
      100,
    );
    expect(compact).toEqual({
      windowMs: 100,
      durationMs: 250,
      rmsDbfs: [-13.5, LOUDNESS_FLOOR_DBFS, LOUDNESS_FLOOR_DBFS],
    });
    expect(JSON.parse(JSON.stringify(compact))).toEqual(compact);
    expect(expandLoudness(compact)).toEqual([
      { startMs: 0, endMs: 100, rmsDbfs: -13.5 },
      { startMs: 100, endMs: 200, rmsDbfs: LOUDNESS_FLOOR_DBFS },
      { startMs: 200, endMs: 250, rmsDbfs: LOUDNESS_FLOOR_DBFS },
    ]);
  });

  it('has no windows for no sound', () => {
    expect(compactLoudness([], 100)).toEqual({ windowMs: 100, durationMs: 0, rmsDbfs: [] });
    expect(expandLoudness({ windowMs: 100, durationMs: 0, rmsDbfs: [] })).toEqual([]);
  });
});
