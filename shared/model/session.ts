import { z } from 'zod';
import { errorInfoSchema } from '../errors';
import { mediaSchema } from './media';
import { historyEventSchema, participantSchema, sessionMetadataSchema } from './programme';

/** 1: first release; 2: programme metadata, participants with consent, history. */
export const SESSION_SCHEMA_VERSION = 2;

export const sessionSchema = z.object({
  schemaVersion: z.literal(SESSION_SCHEMA_VERSION),
  id: z.string(),
  title: z.string().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Increases by one on every save; lets two writers notice each other. */
  revision: z.number().int().nonnegative(),
  notes: z.string(),
  media: z.array(mediaSchema),
  /** Event metadata for programme reports (type, date, venue, campaign, …); every field optional. */
  metadata: sessionMetadataSchema,
  participants: z.array(participantSchema),
  /** Append-only: consent changes and overrides, exports, metadata edits. */
  history: z.array(historyEventSchema),
});
export type Session = z.infer<typeof sessionSchema>;

export const sessionSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
  mediaCount: z.number().int(),
  /** 'unreadable': session.json is corrupt or from a newer Guftagu; it is never overwritten. */
  state: z.enum(['ok', 'unreadable']),
  problem: errorInfoSchema.optional(),
  backupCount: z.number().int(),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

export const sessionViewSchema = z.object({
  session: sessionSchema,
  /** Media whose original file is no longer where it was imported from: offer to relink. */
  missingSourceIds: z.array(z.string()),
});
export type SessionView = z.infer<typeof sessionViewSchema>;

export const backupInfoSchema = z.object({
  name: z.string(),
  savedAt: z.string(),
  sizeBytes: z.number().int(),
  readable: z.boolean(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;
