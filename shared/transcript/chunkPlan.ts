import { hallucinationRules, type LoudnessWindow } from './hallucination';

/**
 * Where a long recording is cut into parts for whisper (each part is transcribed on its own). Pure.
 *
 * Each cut is looked for in a band around the target length after the previous cut (8–11 min for 10-minute parts):
 * 1. At a silence: a stretch quieter than `silenceDbfs` of at least `minSilenceMs` inside the band. A silence of
 *    `enoughSilenceMs` or more is as good as any longer one, so among those the one nearest the target wins;
 *    without one, the longest shorter pause (ties: nearest the target). The cut goes at the silence's middle, held
 *    inside the band. Nobody speaks there, so the parts need no overlap.
 * 2. Without a silence: at the quietest window in the band when it is at least `minDipDb` below the band's median
 *    (most likely a pause between words), with an overlap of `overlapMs` centred on it.
 * 3. Otherwise (steady sound, or no loudness at all): at the target, with the same overlap. The words of an overlap
 *    are stitched back once at its middle (shared/transcript/chunks.ts), so a cut word is heard whole by one part.
 *
 * A recording no longer than `maxMs` stays whole. The band never leaves less than `maxMs − minMs` for the last part,
 * so no part is a sliver whisper would hallucinate over.
 */
export interface ChunkBand {
  /** The length aimed for (ms). */
  targetMs: number;
  /** The shortest part a cut may make (except the last). */
  minMs: number;
  /** The longest part: whisper holds a whole part in memory. */
  maxMs: number;
  /** The stretch two parts share around a cut that is not at a silence. */
  overlapMs: number;
}

export const chunkRules = {
  /** Quieter than this is silence (as for text over silence in hallucination.ts). */
  silenceDbfs: hallucinationRules.silenceDbfs,
  /** A shorter pause is not trusted as silence (stop consonants are quiet for ~100 ms). */
  minSilenceMs: 300,
  /** A silence this long is enough: longer ones do not beat one nearer the target. */
  enoughSilenceMs: 1_500,
  /** A quietest window at least this far below the band's median is taken as a pause between words. */
  minDipDb: 10,
  /** The band around a target: from this share of it … */
  minShare: 0.8,
  /** … to this share. */
  maxShare: 1.1,
} as const;

/** The band around a target length: 10 min → 8–11 min. */
export function chunkBandAround(targetMs: number, overlapMs: number): ChunkBand {
  return {
    targetMs,
    minMs: Math.round(targetMs * chunkRules.minShare),
    maxMs: Math.round(targetMs * chunkRules.maxShare),
    overlapMs,
  };
}

/** 10-minute parts (8–11 min) with a 2-second overlap where no silence is found. */
export const defaultChunkBand: ChunkBand = chunkBandAround(10 * 60_000, 2_000);

/** How the start of a part was chosen: 'start' for the first part. */
export type CutKind = 'start' | 'silence' | 'quiet' | 'hard';

export interface PlannedChunk {
  /** Where the part starts in the recording (ms). */
  offsetMs: number;
  durationMs: number;
  /**
   * End of the stretch shared with the previous part (the previous part's end); equal to offsetMs when the parts do
   * not overlap. As `ChunkWords.overlapEndMs` in chunks.ts.
   */
  overlapEndMs: number;
  /** The seam with the previous part, in recording time: words before it come from the previous part. 0 for the first. */
  cutMs: number;
  cut: CutKind;
}

interface Cut {
  atMs: number;
  kind: Exclude<CutKind, 'start'>;
}

/** The parts of a recording of `durationMs`, cut at silences where `loudness` shows them. */
export function planChunksAtSilence(
  durationMs: number,
  loudness: readonly LoudnessWindow[],
  band: ChunkBand = defaultChunkBand,
): PlannedChunk[] {
  const total = Math.max(0, Math.round(durationMs));
  const windows = [...loudness].sort((a, b) => a.startMs - b.startMs);
  const silences = silentStretches(windows);
  const tailMs = Math.max(0, band.maxMs - band.minMs);
  const cuts: Cut[] = [];
  let fromMs = 0;
  while (total - fromMs > band.maxMs) {
    const lowMs = fromMs + Math.max(1, band.minMs);
    const highMs = Math.max(lowMs, Math.min(fromMs + band.maxMs, total - tailMs));
    const targetMs = Math.min(Math.max(fromMs + band.targetMs, lowMs), highMs);
    const cut = cutAtSilence(silences, lowMs, highMs, targetMs) ??
      cutAtQuietest(windows, lowMs, highMs, targetMs) ?? { atMs: Math.round(targetMs), kind: 'hard' };
    cuts.push(cut);
    fromMs = cut.atMs;
  }
  const halfOverlapMs = Math.round(band.overlapMs / 2);
  const starts = [{ atMs: 0, kind: 'start' as const }, ...cuts];
  return starts.map((start, index) => {
    const next = cuts[index];
    const overlapsBefore = start.kind === 'quiet' || start.kind === 'hard';
    const offsetMs = overlapsBefore ? Math.max(0, start.atMs - halfOverlapMs) : start.atMs;
    const overlapsAfter = next !== undefined && next.kind !== 'silence';
    const endMs = next === undefined ? total : overlapsAfter ? next.atMs + halfOverlapMs : next.atMs;
    const clampedEndMs = Math.min(total, endMs);
    return {
      offsetMs,
      durationMs: clampedEndMs - offsetMs,
      overlapEndMs: overlapsBefore ? Math.min(total, start.atMs + halfOverlapMs) : offsetMs,
      cutMs: start.atMs,
      cut: start.kind,
    };
  });
}

interface Stretch {
  startMs: number;
  endMs: number;
}

/** Runs of consecutive silent windows. */
function silentStretches(windows: readonly LoudnessWindow[]): Stretch[] {
  const stretches: Stretch[] = [];
  let open: Stretch | undefined;
  for (const window of windows) {
    const silent = window.rmsDbfs <= chunkRules.silenceDbfs;
    if (silent && open && window.startMs <= open.endMs) {
      open.endMs = Math.max(open.endMs, window.endMs);
    } else if (silent) {
      open = { startMs: window.startMs, endMs: window.endMs };
      stretches.push(open);
    } else {
      open = undefined;
    }
  }
  return stretches;
}

function cutAtSilence(
  silences: readonly Stretch[],
  lowMs: number,
  highMs: number,
  targetMs: number,
): Cut | undefined {
  const candidates = silences
    .map((silence) => {
      const usableStartMs = Math.max(silence.startMs, lowMs);
      const usableEndMs = Math.min(silence.endMs, highMs);
      const middleMs = (silence.startMs + silence.endMs) / 2;
      const atMs = Math.round(Math.min(Math.max(middleMs, usableStartMs), usableEndMs));
      return { atMs, usableMs: usableEndMs - usableStartMs, distanceMs: Math.abs(atMs - targetMs) };
    })
    .filter((candidate) => candidate.usableMs >= chunkRules.minSilenceMs);
  const enough = candidates.filter((candidate) => candidate.usableMs >= chunkRules.enoughSilenceMs);
  const pool = enough.length > 0 ? enough : candidates;
  const best = pool.reduce<(typeof pool)[number] | undefined>((chosen, candidate) => {
    if (!chosen) return candidate;
    const longer = enough.length > 0 ? 0 : candidate.usableMs - chosen.usableMs;
    if (longer !== 0) return longer > 0 ? candidate : chosen;
    return candidate.distanceMs < chosen.distanceMs ? candidate : chosen;
  }, undefined);
  return best ? { atMs: best.atMs, kind: 'silence' } : undefined;
}

function cutAtQuietest(
  windows: readonly LoudnessWindow[],
  lowMs: number,
  highMs: number,
  targetMs: number,
): Cut | undefined {
  const inBand = windows.filter((window) => window.endMs > lowMs && window.startMs < highMs);
  if (inBand.length === 0) return undefined;
  const levels = inBand.map((window) => window.rmsDbfs).sort((a, b) => a - b);
  const medianDbfs = levels[Math.floor(levels.length / 2)] ?? 0;
  let quietest: { atMs: number; rmsDbfs: number } | undefined;
  for (const window of inBand) {
    const atMs = Math.round(Math.min(Math.max((window.startMs + window.endMs) / 2, lowMs), highMs));
    const quieter = quietest === undefined || window.rmsDbfs < quietest.rmsDbfs;
    const asQuietButNearer =
      quietest !== undefined &&
      window.rmsDbfs === quietest.rmsDbfs &&
      Math.abs(atMs - targetMs) < Math.abs(quietest.atMs - targetMs);
    if (quieter || asQuietButNearer) quietest = { atMs, rmsDbfs: window.rmsDbfs };
  }
  if (!quietest || !(medianDbfs - quietest.rmsDbfs >= chunkRules.minDipDb)) return undefined;
  return { atMs: quietest.atMs, kind: 'quiet' };
}
