import type { JobStep } from '../../../shared/model/jobs';
import {
  nextShownProgress,
  overallProgress,
  runProgress,
  type PlannedRun,
  type WhisperReport,
} from '../../../shared/transcript/progressEstimate';

/** How often progress moves on between whisper's reports. */
export const PROGRESS_TICK_MS = 1_000;

export type ProgressSink = (ratio: number, step: JobStep, etaMs: number) => void;

/**
 * A transcription's progress over its whisper runs (chunks × passes): moved by the clock against each run's
 * plan from the start, and by whisper's "progress = N%" when it comes (shared/transcript/progressEstimate.ts).
 * Reports never go back and stay below 100 %; the caller reports 100 % when the work is saved.
 */
export class TranscribeProgress {
  private shown = 0;
  private currentIndex = -1;
  private step: JobStep = { code: 'preparing-audio' };
  private runStartedMs = 0;
  private report: WhisperReport | undefined;
  private readonly finishedMs: number[] = [];
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly runs: readonly PlannedRun[],
    private readonly sink: ProgressSink,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Before the first run: 0 % and the whole plan left. */
  begin(step: JobStep): void {
    this.step = step;
    this.emit();
  }

  startRun(index: number, step: JobStep): void {
    this.currentIndex = index;
    this.step = step;
    this.runStartedMs = this.now();
    this.report = undefined;
    this.emit();
    this.stopTimer();
    this.timer = setInterval(() => this.emit(), PROGRESS_TICK_MS);
    this.timer.unref?.();
  }

  /** whisper said "progress = N%" for the run under way. */
  whisperReported(ratio: number): void {
    this.report = { ratio, atElapsedMs: this.now() - this.runStartedMs };
    this.emit();
  }

  /** The run under way has finished; returns how long it took. */
  finishRun(): number {
    this.stopTimer();
    const tookMs = this.now() - this.runStartedMs;
    this.finishedMs[this.currentIndex] = tookMs;
    this.currentIndex += 1;
    this.runStartedMs = this.now();
    this.report = undefined;
    return tookMs;
  }

  stop(): void {
    this.stopTimer();
  }

  private stopTimer(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  private emit(): void {
    const index = Math.min(this.currentIndex, this.runs.length - 1);
    const run = index >= 0 ? this.runs[index] : undefined;
    let current: { elapsedMs: number; progress: ReturnType<typeof runProgress> } | undefined;
    if (run) {
      const elapsedMs = this.now() - this.runStartedMs;
      current = { elapsedMs, progress: runProgress(elapsedMs, this.paced(index, run), this.report) };
    }
    const overall = overallProgress({
      runs: this.runs,
      currentIndex: index,
      finishedMs: this.finishedMs,
      ...(current ? { current } : {}),
    });
    this.shown = nextShownProgress(this.shown, overall.ratio);
    this.sink(this.shown, this.step, overall.remainingMs);
  }

  /** A run's plan scaled by the pace the finished runs showed (a slow first chunk means slow later ones). */
  private paced(index: number, run: PlannedRun): number {
    const planned = this.runs.slice(0, index).reduce((sum, item) => sum + item.estimatedMs, 0);
    const actual = this.finishedMs.slice(0, index).reduce((sum, ms) => sum + ms, 0);
    if (planned <= 0 || actual <= 0) return run.estimatedMs;
    return run.estimatedMs * Math.min(4, Math.max(0.25, actual / planned));
  }
}
