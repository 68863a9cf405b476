import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { engineError } from '../../../shared/errorTexts';
import { GuftaguError, toErrorInfo, type ErrorInfo } from '../../../shared/errors';
import { emptySessionMetadata } from '../../../shared/model/programme';
import type { BackupInfo, Session, SessionSummary } from '../../../shared/model/session';
import { SESSION_SCHEMA_VERSION } from '../../../shared/model/session';
import type { DocumentChange } from '../../../shared/model/documents';
import { removeStaleTempFiles } from './atomicWrite';
import {
  backupFolder,
  defaultBackupPolicy,
  listBackupFiles,
  readDocument,
  type BackupPolicy,
} from './documentStore';
import { JsonDocument } from './jsonDocument';
import { makeFolder } from './makeFolder';
import { isSafeId, SESSION_FILE, SESSIONS_FOLDER, sessionFile, sessionFolder } from './paths';
import { sessionDocumentKind } from './sessionDocument';

/**
 * Sessions on disk. Every change is a read-modify-write under a lock, written atomically, so a crash
 * never leaves a broken file and two writers never lose each other's changes.
 */
/** A session folder as read from disk: its session, or the problem that keeps it unreadable. */
export interface StoredSession {
  id: string;
  session?: Session;
  problem?: ErrorInfo;
}

export interface SessionStoreOptions {
  backupPolicy?: BackupPolicy;
  /** Told after every write of a document in the workspace (sessions, transcripts, clips, …). */
  onDocumentChanged?: (change: DocumentChange) => void;
}

export class SessionStore {
  constructor(
    readonly workspacePath: string,
    private readonly options: SessionStoreOptions = {},
  ) {}

  private get backupPolicy(): BackupPolicy {
    return this.options.backupPolicy ?? defaultBackupPolicy;
  }

  /** Announces a change to a document of this workspace (the stores of other kinds call it too). */
  readonly notify = (change: DocumentChange): void => {
    this.options.onDocumentChanged?.(change);
  };

  /** session.json of one session, as the document store keeps it. */
  private document(sessionId: string): JsonDocument<Session> {
    return new JsonDocument(this.file(sessionId), sessionDocumentKind, {
      backups: this.backupPolicy,
      change: { identity: { kind: 'session', sessionId, documentId: sessionId }, notify: this.notify },
    });
  }

  /** Every session folder read once: the session, or why it cannot be read. */
  async readAll(): Promise<StoredSession[]> {
    const root = path.join(this.workspacePath, SESSIONS_FOLDER);
    // No sessions folder yet is an empty workspace; any other failure is reported, never "no sessions".
    const entries = await fs.readdir(root, { withFileTypes: true }).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw sessionsUnreadable(root, error);
    });
    const found: StoredSession[] = [];
    for (const entry of entries) {
      if (!entry.isDirectory() || !isSafeId(entry.name)) continue;
      const file = path.join(root, entry.name, SESSION_FILE);
      try {
        found.push({ id: entry.name, session: await readDocument(file, sessionDocumentKind) });
      } catch (error) {
        if (error instanceof GuftaguError && error.code === 'not-found') continue;
        found.push({ id: entry.name, problem: toErrorInfo(error) });
      }
    }
    return found;
  }

  async list(): Promise<SessionSummary[]> {
    const summaries: SessionSummary[] = [];
    for (const { id, session, problem } of await this.readAll()) {
      const backupCount = (
        await listBackupFiles(backupFolder(sessionFile(this.workspacePath, id)), 'session')
      ).length;
      summaries.push(
        session
          ? {
              id,
              title: session.title,
              createdAt: session.createdAt,
              updatedAt: session.updatedAt,
              mediaCount: session.media.length,
              state: 'ok',
              backupCount,
            }
          : {
              id,
              title: id,
              mediaCount: 0,
              state: 'unreadable',
              ...(problem ? { problem } : {}),
              backupCount,
            },
      );
    }
    return summaries.sort((a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? ''));
  }

  async create(title: string): Promise<Session> {
    const now = new Date();
    const id = `${now.toISOString().slice(0, 10)}-${randomBytes(3).toString('hex')}`;
    const folder = sessionFolder(this.workspacePath, id);
    await makeFolder(folder).catch((error: unknown) => {
      if (error instanceof GuftaguError) throw error;
      throw engineError(
        'session-folder-not-creatable',
        { path: folder, reason: (error as Error).message },
        { cause: error },
      );
    });
    const session: Session = {
      schemaVersion: SESSION_SCHEMA_VERSION,
      id,
      title: title.trim(),
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      revision: 0,
      notes: '',
      media: [],
      metadata: emptySessionMetadata(),
      participants: [],
      history: [],
    };
    await this.document(id).replace(session);
    return session;
  }

  async get(sessionId: string): Promise<Session> {
    return readDocument(this.file(sessionId), sessionDocumentKind);
  }

  /**
   * Applies a change to the session as it is on disk now. A corrupt or newer file is reported, never
   * overwritten, because reading it throws before anything is written.
   */
  async update(sessionId: string, change: (session: Session) => Session | void): Promise<Session> {
    const { document } = await this.change(sessionId, (draft) => {
      const next = change(draft);
      if (next !== undefined && next !== draft) replaceContents(draft, next);
    });
    return document;
  }

  /** Like `update`, and gives back what `change` returned beside the saved session (`change` edits the draft). */
  async change<R>(
    sessionId: string,
    change: (draft: Session) => R,
  ): Promise<{ document: Session; result: R }> {
    return this.document(sessionId).change((draft) => {
      const revision = draft.revision + 1;
      const result = change(draft);
      draft.revision = revision;
      draft.updatedAt = new Date().toISOString();
      return result;
    });
  }

  async backups(sessionId: string): Promise<BackupInfo[]> {
    const files = await listBackupFiles(backupFolder(this.file(sessionId)), 'session');
    const infos: BackupInfo[] = [];
    for (const file of files.reverse()) {
      const readable = await readDocument(file.path, sessionDocumentKind).then(
        () => true,
        () => false,
      );
      infos.push({
        name: file.name,
        savedAt: new Date(file.mtimeMs).toISOString(),
        sizeBytes: file.sizeBytes,
        readable,
      });
    }
    return infos;
  }

  /** Puts a backup back. The unreadable or replaced file is kept beside it, so nothing is lost. */
  async restoreBackup(sessionId: string, backupName: string): Promise<Session> {
    const file = this.file(sessionId);
    const backups = await listBackupFiles(backupFolder(file), 'session');
    const backup = backups.find((candidate) => candidate.name === backupName);
    if (!backup) throw engineError('backup-unknown', { backup: backupName });
    const restored = await readDocument(backup.path, sessionDocumentKind);
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    await fs.copyFile(file, `${file}.replaced-${stamp}`).catch(() => undefined);
    return this.document(sessionId).replace({ ...restored, updatedAt: new Date().toISOString() });
  }

  /** Cleans temp files a crashed writer left behind. */
  async tidy(sessionId: string): Promise<void> {
    await removeStaleTempFiles(sessionFolder(this.workspacePath, sessionId));
  }

  folder(sessionId: string): string {
    this.assertId(sessionId);
    return sessionFolder(this.workspacePath, sessionId);
  }

  private file(sessionId: string): string {
    this.assertId(sessionId);
    return sessionFile(this.workspacePath, sessionId);
  }

  private assertId(sessionId: string): void {
    if (!isSafeId(sessionId)) throw engineError('session-unknown', { sessionId });
  }
}

/** Makes `draft` hold exactly what `next` holds (a change that returned a new session). */
function replaceContents(draft: Session, next: Session): void {
  const target = draft as unknown as Record<string, unknown>;
  for (const key of Object.keys(target)) if (!(key in next)) delete target[key];
  Object.assign(target, next);
}

function sessionsUnreadable(root: string, error: unknown): GuftaguError {
  const info = toErrorInfo(error);
  if (info.code !== 'internal') return GuftaguError.fromInfo(info);
  return engineError(
    'sessions-folder-unreadable',
    { path: root, reason: (error as Error).message },
    { cause: error },
  );
}
