import { describe, expect, it } from 'vitest';
import { checkClipForPreset, estimatedSizeBytes } from '../../../shared/export/limits';
import { builtInPresets, findPreset, type Preset } from '../../../shared/export/presets';

const preset = (id: string) => findPreset(builtInPresets, id) as Preset;
const clip = (durationMs: number) => ({ id: 'c1', startMs: 1_000, endMs: 1_000 + durationMs });

describe('checkClipForPreset', () => {
  it('warns when a clip is too short or too long for the platform', () => {
    expect(checkClipForPreset(clip(2_000), preset('reels'), undefined).map((w) => w.kind)).toEqual([
      'too-short',
    ]);
    expect(checkClipForPreset(clip(95_000), preset('reels'), undefined).map((w) => w.kind)).toEqual([
      'too-long',
    ]);
    expect(checkClipForPreset(clip(60_000), preset('reels'), undefined)).toEqual([]);
  });

  it('estimates the size from maxrate (or crf) plus audio, and warns above the limit', () => {
    // X: 5,000 + 128 kbit/s × 140 s ≈ 90 MB: fine; a 10-minute LinkedIn clip at 5,128 kbit/s ≈ 385 MB: fine.
    expect(estimatedSizeBytes(preset('x'), { widthPx: 1280, heightPx: 720 }, 140_000)).toBe(89_740_000);
    const small: Preset = { ...preset('x'), maxDurationMs: undefined, maxSizeBytes: 50_000_000 };
    const warnings = checkClipForPreset(clip(100_000), small, undefined);
    expect(warnings.map((w) => w.kind)).toEqual(['too-large']);
    expect(warnings[0]?.message).toMatch(/about 64 MB/);
  });
});
