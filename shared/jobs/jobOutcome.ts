import type { ErrorCode } from '../errors';
import type { JobSnapshot } from '../model/jobs';

export type JobOutcome = 'running' | 'done' | 'no-speech' | 'failed' | 'canceled' | 'queued';

/** Pure: how a job's end reads to a person: a transcription that found no speech is a warning, not Done. */
export function jobOutcome(job: Pick<JobSnapshot, 'kind' | 'state' | 'stepInfo'>): JobOutcome {
  if (job.state === 'succeeded')
    return job.kind === 'transcribe' && job.stepInfo?.code === 'no-speech' ? 'no-speech' : 'done';
  return job.state;
}

/**
 * Pure: how long a running job has run, for the time before its progress gives an honest estimate of the
 * time left (whisper reports progress only once it is under way).
 */
export function elapsedMsOf(job: Pick<JobSnapshot, 'startedAt'>, nowMs: number): number | undefined {
  if (job.startedAt === undefined) return undefined;
  const startedMs = Date.parse(job.startedAt);
  return Number.isNaN(startedMs) ? undefined : Math.max(0, nowMs - startedMs);
}

/**
 * Errors that the same input will always hit again: the file is empty, damaged, not media or has no sound,
 * or the request itself was wrong. Retry is not offered for them (the hint says what to do instead).
 */
const neverSucceedsAgain: readonly ErrorCode[] = [
  'file-empty',
  'file-damaged',
  'not-media',
  'no-audio',
  'invalid-request',
  'not-found',
  'unauthorized',
  'document-newer',
];

/** Pure: whether running a failed or canceled job again could succeed. */
export function isRetryable(job: Pick<JobSnapshot, 'state' | 'error'>): boolean {
  if (job.state === 'canceled') return true;
  if (job.state !== 'failed') return false;
  return job.error === undefined || !neverSucceedsAgain.includes(job.error.code);
}
