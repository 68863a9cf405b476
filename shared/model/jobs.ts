import { z } from 'zod';
import { errorInfoSchema, messageParamsSchema } from '../errors';

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
/** What a job is doing now, as a code the UI words in its own language (English in `step` for the CLI). */
export const jobStepCodes = [
  'preparing',
  'measuring-loudness',
  'encoding',
  'saving',
  'checking-file',
  'reused',
  'extracting-audio',
  'drawing-waveform',
  'making-proxy',
  'preparing-audio',
  'transcribing',
  'translating',
  'done',
  'no-speech',
  'cues-found',
  'downloading',
  'measuring-speed',
] as const;
export type JobStepCode = (typeof jobStepCodes)[number];
export const jobStepSchema = z.object({ code: z.enum(jobStepCodes), params: messageParamsSchema.optional() });
export type JobStep = z.infer<typeof jobStepSchema>;

/**
 * The job's name as data: import {name}; export {clip, preset}; transcribe {name, model, language, translate};
 * model-download {model}. The UI words it; `label` keeps the English for the CLI and logs.
 */
export const jobTitleSchema = z.object({ kind: z.enum(jobKinds), params: messageParamsSchema });
export type JobTitle = z.infer<typeof jobTitleSchema>;

export const jobSnapshotSchema = z.object({
  id: z.string(),
  kind: z.enum(jobKinds),
  label: z.string(),
  title: jobTitleSchema.optional(),
  stepInfo: jobStepSchema.optional(),
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
