import { z } from 'zod';
import { errorInfoSchema } from '../errors';

export const jobStates = ['queued', 'running', 'succeeded', 'failed', 'canceled'] as const;
export type JobState = (typeof jobStates)[number];
export const finishedJobStates: readonly JobState[] = ['succeeded', 'failed', 'canceled'];

export const jobKinds = ['import', 'transcribe', 'model-download', 'export'] as const;
export type JobKind = (typeof jobKinds)[number];

/**
 * What a finished job came to, beyond succeeding: 'already-imported' when the file's content is already in
 * the session (another name, same bytes), naming the media it is there as.
 */
export const jobOutcomeSchema = z.object({
  kind: z.literal('already-imported'),
  mediaId: z.string(),
  fileName: z.string(),
});
export type JobOutcome = z.infer<typeof jobOutcomeSchema>;

export const jobSnapshotSchema = z.object({
  id: z.string(),
  kind: z.enum(jobKinds),
  label: z.string(),
  sessionId: z.string().optional(),
  state: z.enum(jobStates),
  /** 0..1 */
  progress: z.number().min(0).max(1),
  /** What the job is doing now, e.g. "extracting audio". */
  step: z.string().optional(),
  etaMs: z.number().int().nonnegative().optional(),
  error: errorInfoSchema.optional(),
  createdAt: z.string(),
  startedAt: z.string().optional(),
  endedAt: z.string().optional(),
  outcome: jobOutcomeSchema.optional(),
});
export type JobSnapshot = z.infer<typeof jobSnapshotSchema>;
