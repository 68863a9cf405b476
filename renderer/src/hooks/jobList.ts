import { isRetryable } from '../../../shared/jobs/jobOutcome';
import type { JobSnapshot } from '../../../shared/model/jobs';

/** Newest first; a job's latest snapshot replaces the one before it. */
export function upsertJob(jobs: readonly JobSnapshot[], job: JobSnapshot): JobSnapshot[] {
  const others = jobs.filter((existing) => existing.id !== job.id);
  return sortJobs([...others, job]);
}

export function sortJobs(jobs: readonly JobSnapshot[]): JobSnapshot[] {
  return [...jobs].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

export const canCancel = (job: JobSnapshot): boolean => job.state === 'queued' || job.state === 'running';
/** Failed or canceled, and not with an error the same input always hits again. */
export const canRetry = (job: JobSnapshot): boolean => isRetryable(job);
