export interface TimeSpan {
  startMs: number;
  endMs: number;
}

export interface SnapOptions {
  /** Which end of the clip is being snapped: a start goes before speech, an end after it. */
  edge: 'start' | 'end';
  /** How far a boundary may move (default 800 ms). */
  toleranceMs?: number;
  /** Breathing room kept inside a silence before speech starts / after it ends (default 120 ms). */
  padMs?: number;
}

/**
 * Moves a clip boundary to the nearest natural cut within the tolerance: never inside a word (a start moves to
 * the word's start, an end to its end); otherwise the nearest cue boundary, silence edge (with a little pad
 * inside the silence) or word boundary, preferring cues and silences over bare word gaps.
 * Returns `ms` unchanged when nothing is near.
 */
export function snapToBoundaries(
  ms: number,
  words: readonly TimeSpan[],
  cues: readonly TimeSpan[],
  silences: readonly TimeSpan[],
  options: SnapOptions,
): number {
  const tolerance = options.toleranceMs ?? 800;
  const pad = options.padMs ?? 120;
  const start = options.edge === 'start';
  const inside = words.find((word) => word.startMs < ms && ms < word.endMs);
  if (inside) {
    const target = start ? inside.startMs : inside.endMs;
    if (Math.abs(target - ms) <= tolerance) return target;
  }
  const candidates: { atMs: number; weight: number }[] = [];
  for (const cue of cues) candidates.push({ atMs: start ? cue.startMs : cue.endMs, weight: 1 });
  for (const silence of silences) {
    const atMs = start
      ? Math.max(silence.startMs, silence.endMs - pad)
      : Math.min(silence.endMs, silence.startMs + pad);
    candidates.push({ atMs, weight: 1 });
  }
  for (const word of words) candidates.push({ atMs: start ? word.startMs : word.endMs, weight: 1.5 });
  let best: { atMs: number; cost: number } | undefined;
  for (const candidate of candidates) {
    const distance = Math.abs(candidate.atMs - ms);
    if (distance > tolerance) continue;
    const cost = distance * candidate.weight;
    if (!best || cost < best.cost) best = { atMs: candidate.atMs, cost };
  }
  return best ? Math.max(0, best.atMs) : ms;
}

/** Gaps between consecutive words of at least `minGapMs`: the silences a cut can fall in. */
export function silencesFromWords(words: readonly TimeSpan[], minGapMs = 300): TimeSpan[] {
  const sorted = [...words].sort((a, b) => a.startMs - b.startMs);
  const silences: TimeSpan[] = [];
  for (let index = 1; index < sorted.length; index++) {
    const previous = sorted[index - 1] as TimeSpan;
    const next = sorted[index] as TimeSpan;
    if (next.startMs - previous.endMs >= minGapMs)
      silences.push({ startMs: previous.endMs, endMs: next.startMs });
  }
  return silences;
}
