import type { LoudnessWindow } from '../transcript/hallucination';

/**
 * The recording's loudness as the API sends it: one RMS level per `windowMs`, in time order from 0, rounded
 * to 0.1 dB and never below LOUDNESS_FLOOR_DBFS (JSON has no −∞: digital silence travels as the floor).
 * About 6 bytes a window: a two-hour recording at 100 ms windows is some 430 kB.
 */
export interface CompactLoudness {
  windowMs: number;
  durationMs: number;
  rmsDbfs: number[];
}

export const LOUDNESS_FLOOR_DBFS = -120;

/** Equal windows (the last may be shorter) to their compact form. */
export function compactLoudness(windows: readonly LoudnessWindow[], windowMs: number): CompactLoudness {
  return {
    windowMs,
    durationMs: windows.at(-1)?.endMs ?? 0,
    rmsDbfs: windows.map((window) => Math.max(LOUDNESS_FLOOR_DBFS, Math.round(window.rmsDbfs * 10) / 10)),
  };
}

/** The compact form back to windows for the hallucination check. */
export function expandLoudness(compact: CompactLoudness): LoudnessWindow[] {
  return compact.rmsDbfs.map((rmsDbfs, index) => ({
    startMs: index * compact.windowMs,
    endMs: Math.min((index + 1) * compact.windowMs, compact.durationMs),
    rmsDbfs,
  }));
}
