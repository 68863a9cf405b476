import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ApiImplementation } from '../../../shared/api/contract';
import type { SessionStore } from '../workspace/sessionStore';

type SessionsApi = Pick<
  ApiImplementation,
  | 'sessions.list'
  | 'sessions.create'
  | 'sessions.rename'
  | 'sessions.get'
  | 'sessions.saveNotes'
  | 'sessions.backups'
  | 'sessions.restoreBackup'
>;

export function createSessionsApi(sessions: SessionStore): SessionsApi {
  return {
    'sessions.list': () => sessions.list(),
    'sessions.create': ({ title }) => sessions.create(title),
    'sessions.rename': ({ sessionId, title }) =>
      sessions.update(sessionId, (session) => {
        session.title = title.trim();
      }),
    'sessions.get': async ({ sessionId }) => {
      await sessions.tidy(sessionId);
      const session = await sessions.get(sessionId);
      const missing = await Promise.all(
        session.media.map(async (media) => ((await exists(media.sourcePath)) ? undefined : media.id)),
      );
      return { session, missingSourceIds: missing.filter((id): id is string => id !== undefined) };
    },
    'sessions.saveNotes': ({ sessionId, notes }) =>
      sessions.update(sessionId, (session) => {
        session.notes = notes;
      }),
    'sessions.backups': ({ sessionId }) => sessions.backups(sessionId),
    'sessions.restoreBackup': ({ sessionId, backupName }) => sessions.restoreBackup(sessionId, backupName),
  };
}

export function exists(filePath: string): Promise<boolean> {
  return fs.access(path.resolve(filePath)).then(
    () => true,
    () => false,
  );
}
