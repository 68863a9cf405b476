/**
 * Estimated time left from elapsed time and progress, assuming a steady rate.
 * Undefined until there is enough progress to say anything honest.
 */
export function estimateRemainingMs(elapsedMs: number, progress: number): number | undefined {
  if (!(progress >= 0.02) || progress >= 1 || elapsedMs < 500) return progress >= 1 ? 0 : undefined;
  return Math.max(0, Math.round((elapsedMs * (1 - progress)) / progress));
}

/** Progress of a job made of weighted steps, given the index and progress of the current step. */
export function weightedProgress(
  weights: readonly number[],
  stepIndex: number,
  stepProgress: number,
): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (total <= 0) return 0;
  const done = weights.slice(0, stepIndex).reduce((sum, weight) => sum + weight, 0);
  const current = (weights[stepIndex] ?? 0) * Math.min(1, Math.max(0, stepProgress));
  return Math.min(1, (done + current) / total);
}
