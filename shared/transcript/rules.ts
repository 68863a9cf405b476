import type { LineRules } from './lineBreak';

/** Every threshold of segmentation and timing; defaults from GUIDELINES.md (Netflix / BBC), all user settings. */
export interface SegmentationRules extends LineRules {
  /** Characters per line, spaces and punctuation included (42 landscape; about 25–32 for 9:16). */
  maxCharsPerLine: number;
  /** Lines per cue (2; up to 3 for 9:16). */
  maxLines: number;
  /** Reading speed limit in characters per second. */
  maxCps: number;
  minDurationMs: number;
  maxDurationMs: number;
  /** Smallest gap between two cues: 2 frames (83 ms at 24 fps). */
  minGapMs: number;
  /** Gaps up to this long are closed to minGapMs ("chaining"): 12 frames at 24 fps. */
  chainGapMs: number;
  /** How long a cue may stay after its speech ends. */
  lingerMs: number;
  /** A silence longer than this between two words starts a new cue. */
  pauseMs: number;
}

export const defaultSegmentationRules: SegmentationRules = {
  maxCharsPerLine: 42,
  maxLines: 2,
  maxCps: 17,
  minDurationMs: 833,
  maxDurationMs: 7000,
  minGapMs: 83,
  chainGapMs: 500,
  lingerMs: 500,
  pauseMs: 700,
};

/** The defaults with the given thresholds replaced. */
export function withDefaults(rules: Partial<SegmentationRules> = {}): SegmentationRules {
  const merged: SegmentationRules = { ...defaultSegmentationRules };
  for (const key of Object.keys(merged) as (keyof SegmentationRules)[]) {
    const value = rules[key];
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}
