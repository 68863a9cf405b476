/**
 * Transcription progress that moves from the start: before whisper.cpp says anything, time against the
 * planned duration (shared/transcript/speedEstimate.ts) moves it; once whisper reports "progress = N%", the
 * plan is blended with what the report implies. Progress never goes back and stays below 100 % until the
 * work is done. Pure.
 *
 * With voice activity detection whisper's percentage counts the speech-only audio it was left with. It is
 * used as the share of the work done (which is what it is: silence costs nothing), never as a position in
 * the recording.
 */

/** Shown progress stays at or below this until the job has finished. */
export const MAX_PROGRESS_BEFORE_DONE = 0.99;

/** A run that takes longer than planned waits at this share of its part, its end always a little ahead. */
export const OVERRUN_RATIO = 0.95;

/** whisper's own report is fully trusted once it says this much (early reports carry the load time). */
export const REPORT_TRUST_AT = 0.2;

/** Plans are never believed to be more than this far off once a run has shown its pace. */
const PACE_LIMITS = { min: 0.25, max: 4 } as const;

/** whisper's latest "progress = N%" and when (since its run started) it said it. */
export interface WhisperReport {
  ratio: number;
  atElapsedMs: number;
}

export interface RunProgress {
  /** Share of this run done, 0..OVERRUN_RATIO. */
  ratio: number;
  /** What the whole run is now expected to take. */
  expectedTotalMs: number;
}

/** One whisper run's progress from its elapsed time, its planned duration and whisper's latest report. */
export function runProgress(elapsedMs: number, estimatedMs: number, report?: WhisperReport): RunProgress {
  const elapsed = Math.max(0, elapsedMs);
  const prior = Math.max(1, estimatedMs);
  let expected = prior;
  if (report && report.ratio > 0) {
    const ratio = Math.min(1, report.ratio);
    const implied = Math.max(1, report.atElapsedMs) / ratio;
    const trust = Math.min(1, ratio / REPORT_TRUST_AT);
    expected = prior + (implied - prior) * trust;
  }
  if (elapsed > expected * OVERRUN_RATIO) expected = elapsed / OVERRUN_RATIO;
  return { ratio: Math.min(OVERRUN_RATIO, elapsed / expected), expectedTotalMs: expected };
}

/** One part of a job: a whisper run over one chunk (and pass), weighted by its audio. */
export interface PlannedRun {
  audioMs: number;
  estimatedMs: number;
}

export interface OverallInput {
  runs: readonly PlannedRun[];
  /** Index of the run under way; runs before it are done. -1 before the first has started. */
  currentIndex: number;
  /** How long each finished run actually took (same order as runs). */
  finishedMs: readonly number[];
  /** The current run's elapsed time and progress (absent before the first run). */
  current?: { elapsedMs: number; progress: RunProgress };
}

export interface OverallProgress {
  /** 0..1, weighted by each run's audio. */
  ratio: number;
  remainingMs: number;
}

/**
 * A chunked (or translated) job's progress: runs weighted by their audio; the time left is what the current
 * run still needs plus the later runs' plans, scaled by the pace the finished runs (or the current one) showed.
 */
export function overallProgress(input: OverallInput): OverallProgress {
  const { runs, currentIndex, finishedMs, current } = input;
  const totalAudio = runs.reduce((sum, run) => sum + Math.max(0, run.audioMs), 0);
  if (runs.length === 0 || totalAudio <= 0) return { ratio: 0, remainingMs: 0 };
  const index = Math.min(Math.max(currentIndex, -1), runs.length - 1);
  const doneAudio = runs.slice(0, Math.max(0, index)).reduce((sum, run) => sum + run.audioMs, 0);
  const currentRun = index >= 0 ? runs[index] : undefined;
  const currentShare = currentRun && current ? current.progress.ratio * currentRun.audioMs : 0;
  const ratio = (doneAudio + currentShare) / totalAudio;

  const finished = runs.slice(0, Math.max(0, index));
  const plannedDone = finished.reduce((sum, run) => sum + run.estimatedMs, 0);
  const actualDone = finishedMs.slice(0, finished.length).reduce((sum, ms) => sum + ms, 0);
  let pace = 1;
  if (plannedDone > 0 && actualDone > 0) pace = actualDone / plannedDone;
  else if (currentRun && current && currentRun.estimatedMs > 0)
    pace = current.progress.expectedTotalMs / currentRun.estimatedMs;
  pace = Math.min(PACE_LIMITS.max, Math.max(PACE_LIMITS.min, pace));

  const currentLeft =
    currentRun === undefined
      ? 0
      : current
        ? Math.max(0, current.progress.expectedTotalMs - current.elapsedMs)
        : currentRun.estimatedMs * pace;
  const later = runs.slice(index + 1).reduce((sum, run) => sum + run.estimatedMs * pace, 0);
  return { ratio: Math.min(1, Math.max(0, ratio)), remainingMs: Math.round(currentLeft + later) };
}

/** What is shown next: never less than before, never 100 % before the job is done. */
export function nextShownProgress(previous: number, computed: number): number {
  return Math.min(MAX_PROGRESS_BEFORE_DONE, Math.max(previous, Math.max(0, computed)));
}
