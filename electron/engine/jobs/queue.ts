import { randomBytes } from 'node:crypto';
import { engineError } from '../../../shared/errorTexts';
import { estimateRemainingMs } from '../../../shared/jobs/eta';
import { isRetryable } from '../../../shared/jobs/jobOutcome';
import { GuftaguError, toErrorInfo } from '../../../shared/errors';
import { englishJobLabel, englishStep } from '../../../shared/jobs/jobText';
import {
  finishedJobStates,
  type JobOutcome,
  type JobSnapshot,
  type JobStep,
  type JobTitle,
} from '../../../shared/model/jobs';

export interface JobContext {
  jobId: string;
  signal: AbortSignal;
  /**
   * Reports progress 0..1 and, optionally, what the job is doing now (a code the UI words) and the time
   * left when the job knows it better than its rate so far does (transcription plans from measured speed).
   */
  progress(ratio: number, step?: JobStep, etaMs?: number): void;
  /** Records what the job came to (sent with its final snapshot). */
  outcome?(outcome: JobOutcome): void;
}

/** A job: (spec, { signal, progress }) => Promise<result>. */
export type JobRunner = (context: JobContext) => Promise<void>;

export interface JobSpec {
  /** The job's kind and the values its name is made of; the English label is derived from it. */
  title: JobTitle;
  sessionId?: string;
  /** Which pool the job waits in: whisper runs one at a time; ffmpeg up to a setting; downloads one at a time. */
  pool: 'ffmpeg' | 'whisper' | 'network';
  run: JobRunner;
  /** Called when the job is canceled before it started (run never ran), to drop what it would have used. */
  onCanceledQueued?: () => Promise<void>;
}

interface JobEntry {
  snapshot: JobSnapshot;
  spec: JobSpec;
  controller?: AbortController;
  startedAtMs?: number;
  done?: Promise<void>;
}

const PROGRESS_EVENT_INTERVAL_MS = 200;

/** Runs jobs in pools with limited concurrency and reports every change as a snapshot. */
export class JobQueue {
  private readonly entries = new Map<string, JobEntry>();
  private readonly limits: Record<JobSpec['pool'], number>;
  private closed = false;

  constructor(
    private readonly onChange: (snapshot: JobSnapshot) => void,
    limits: { ffmpeg: number },
  ) {
    this.limits = { ffmpeg: limits.ffmpeg, whisper: 1, network: 1 };
  }

  setFfmpegConcurrency(limit: number): void {
    this.limits.ffmpeg = Math.max(1, limit);
    this.pump();
  }

  enqueue(spec: JobSpec): JobSnapshot {
    if (this.closed) throw engineError('queue-closing');
    const snapshot: JobSnapshot = {
      id: `job-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`,
      kind: spec.title.kind,
      label: englishJobLabel(spec.title),
      title: spec.title,
      ...(spec.sessionId ? { sessionId: spec.sessionId } : {}),
      state: 'queued',
      progress: 0,
      createdAt: new Date().toISOString(),
    };
    this.entries.set(snapshot.id, { snapshot, spec });
    this.onChange(snapshot);
    this.pump();
    return snapshot;
  }

  list(): JobSnapshot[] {
    return [...this.entries.values()].map((entry) => entry.snapshot);
  }

  get(jobId: string): JobSnapshot | undefined {
    return this.entries.get(jobId)?.snapshot;
  }

  /** Cancels a queued or running job. Resolves once a running job has stopped and cleaned up. */
  async cancel(jobId: string): Promise<boolean> {
    const entry = this.entries.get(jobId);
    if (!entry || finishedJobStates.includes(entry.snapshot.state)) return false;
    if (entry.snapshot.state === 'queued') {
      this.finish(entry, { state: 'canceled' });
      await entry.spec.onCanceledQueued?.();
      return true;
    }
    entry.controller?.abort();
    await entry.done;
    return true;
  }

  retry(jobId: string): JobSnapshot {
    const entry = this.entries.get(jobId);
    if (!entry) throw engineError('job-not-listed');
    if (entry.snapshot.state !== 'failed' && entry.snapshot.state !== 'canceled') {
      throw engineError('job-not-retryable');
    }
    if (!isRetryable(entry.snapshot)) {
      throw engineError('job-would-fail-again', {
        hint: entry.snapshot.error?.hint ?? 'Fix what the error says, then start it again.',
      });
    }
    this.entries.delete(jobId);
    return this.enqueue(entry.spec);
  }

  clearFinished(): number {
    let cleared = 0;
    for (const [id, entry] of this.entries) {
      if (finishedJobStates.includes(entry.snapshot.state)) {
        this.entries.delete(id);
        cleared += 1;
      }
    }
    return cleared;
  }

  /** Resolves when no job is queued or running. */
  async idle(): Promise<void> {
    for (;;) {
      const pending = [...this.entries.values()].filter(
        (entry) => !finishedJobStates.includes(entry.snapshot.state),
      );
      if (pending.length === 0) return;
      await Promise.all(
        pending.map((entry) => entry.done ?? new Promise((resolve) => setTimeout(resolve, 20))),
      );
    }
  }

  /** Stops accepting work, cancels everything and waits until every process has exited. */
  async close(): Promise<void> {
    this.closed = true;
    const running = [...this.entries.values()].filter(
      (entry) => !finishedJobStates.includes(entry.snapshot.state),
    );
    await Promise.all(running.map((entry) => this.cancel(entry.snapshot.id)));
  }

  private pump(): void {
    if (this.closed) return;
    for (const pool of ['ffmpeg', 'whisper', 'network'] as const) {
      const all = [...this.entries.values()].filter((entry) => entry.spec.pool === pool);
      let running = all.filter((entry) => entry.snapshot.state === 'running').length;
      for (const entry of all) {
        if (running >= this.limits[pool]) break;
        if (entry.snapshot.state !== 'queued') continue;
        running += 1;
        this.start(entry);
      }
    }
  }

  private start(entry: JobEntry): void {
    const controller = new AbortController();
    entry.controller = controller;
    entry.startedAtMs = Date.now();
    this.set(entry, { ...entry.snapshot, state: 'running', startedAt: new Date().toISOString() });
    let lastEventMs = 0;
    const context: JobContext = {
      jobId: entry.snapshot.id,
      signal: controller.signal,
      progress: (ratio, step, knownEtaMs) => {
        if (entry.snapshot.state !== 'running') return;
        const progress = Math.min(1, Math.max(entry.snapshot.progress, ratio));
        const now = Date.now();
        const stepText = step === undefined ? undefined : englishStep(step);
        const stepChanged = stepText !== undefined && stepText !== entry.snapshot.step;
        if (!stepChanged && now - lastEventMs < PROGRESS_EVENT_INTERVAL_MS && progress < 1) {
          entry.snapshot = { ...entry.snapshot, progress };
          return;
        }
        lastEventMs = now;
        const etaMs =
          knownEtaMs !== undefined && Number.isFinite(knownEtaMs)
            ? Math.max(0, Math.round(knownEtaMs))
            : estimateRemainingMs(now - (entry.startedAtMs ?? now), progress);
        const { etaMs: _previous, ...rest } = entry.snapshot;
        this.set(entry, {
          ...rest,
          progress,
          ...(step && stepText ? { step: stepText, stepInfo: step } : {}),
          ...(etaMs !== undefined ? { etaMs } : {}),
        });
      },
      outcome: (outcome) => {
        entry.snapshot = { ...entry.snapshot, outcome };
      },
    };
    entry.done = entry.spec
      .run(context)
      .then(
        () => this.finish(entry, { state: 'succeeded', progress: 1 }),
        (error: unknown) => {
          const canceled =
            controller.signal.aborted || (error instanceof GuftaguError && error.code === 'canceled');
          this.finish(
            entry,
            canceled ? { state: 'canceled' } : { state: 'failed', error: toErrorInfo(error) },
          );
        },
      )
      .finally(() => this.pump());
  }

  private finish(entry: JobEntry, patch: Pick<JobSnapshot, 'state'> & Partial<JobSnapshot>): void {
    const { etaMs: _etaMs, ...rest } = entry.snapshot;
    this.set(entry, { ...rest, ...patch, endedAt: new Date().toISOString() });
  }

  private set(entry: JobEntry, snapshot: JobSnapshot): void {
    entry.snapshot = snapshot;
    this.onChange(snapshot);
  }
}
