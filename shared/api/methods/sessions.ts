import { z } from 'zod';
import {
  backupInfoSchema,
  sessionSchema,
  sessionSummarySchema,
  sessionViewSchema,
} from '../../model/session';
import { empty, method, sessionId } from './define';

const title = z.string().trim().min(1, 'A title is needed.').max(200, 'Keep the title under 200 characters.');

export const sessionMethods = {
  'sessions.list': method(empty, z.array(sessionSummarySchema)),
  'sessions.create': method(z.object({ title }), sessionSchema),
  'sessions.rename': method(z.object({ sessionId, title }), sessionSchema),
  'sessions.get': method(z.object({ sessionId }), sessionViewSchema),
  'sessions.saveNotes': method(z.object({ sessionId, notes: z.string().max(100_000) }), sessionSchema),
  'sessions.backups': method(z.object({ sessionId }), z.array(backupInfoSchema)),
  'sessions.restoreBackup': method(z.object({ sessionId, backupName: z.string().min(1) }), sessionSchema),
} as const;
