import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { GuftaguError } from '../../../../shared/errors';
import {
  backupFolder,
  listBackupFiles,
  readDocument,
  writeDocument,
} from '../../../../electron/engine/workspace/documentStore';
import { sessionDocumentKind } from '../../../../electron/engine/workspace/sessionDocument';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs('guftagu-doc-');

async function readError(file: string): Promise<GuftaguError> {
  const error: unknown = await readDocument(file, sessionDocumentKind).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof GuftaguError)) throw new Error(`expected a GuftaguError, got ${String(error)}`);
  return error;
}

function sessionFileWith(text: string): string {
  const file = path.join(tempDir(), 'session.json');
  writeFileSync(file, text);
  return file;
}

const validSession = {
  schemaVersion: 1,
  id: '2026-11-02-abc123',
  title: 'Lahore dialogue',
  createdAt: '2026-11-02T10:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
  revision: 3,
  notes: '',
  media: [],
};

describe('readDocument', () => {
  it('reads a valid session', async () => {
    const file = sessionFileWith(JSON.stringify(validSession));
    // A version-1 file reads as version 2, with empty programme data.
    await expect(readDocument(file, sessionDocumentKind)).resolves.toEqual({
      ...validSession,
      schemaVersion: 2,
      metadata: { partners: [], hashtags: [], topics: [], languages: [], nonInterviewMediaIds: [] },
      participants: [],
      history: [],
    });
  });

  it("calls invalid JSON 'document-corrupt' and leaves the file alone", async () => {
    const file = sessionFileWith('{"schemaVersion": 1, "title": ');
    const error = await readError(file);
    expect(error.code).toBe('document-corrupt');
    expect(error.message).toContain('not valid JSON');
    expect(error.hint).toContain('backup');
    expect(readFileSync(file, 'utf8')).toBe('{"schemaVersion": 1, "title": ');
  });

  it("calls an empty file 'document-corrupt'", async () => {
    const error = await readError(sessionFileWith(''));
    expect(error.code).toBe('document-corrupt');
    expect(error.message).toContain('empty');
  });

  it("calls a non-object or a wrong field 'document-corrupt'", async () => {
    expect((await readError(sessionFileWith('[1,2]'))).code).toBe('document-corrupt');
    expect((await readError(sessionFileWith('{"schemaVersion":"one"}'))).code).toBe('document-corrupt');
    const wrong = await readError(sessionFileWith(JSON.stringify({ ...validSession, revision: -1 })));
    expect(wrong.code).toBe('document-corrupt');
    expect(wrong.message).toContain('revision');
  });

  it("refuses a file from a newer Guftagu as 'document-newer'", async () => {
    const file = sessionFileWith(JSON.stringify({ ...validSession, schemaVersion: 99 }));
    const error = await readError(file);
    expect(error.code).toBe('document-newer');
    expect(error.message).toContain('99');
    expect(error.hint).not.toBe('');
  });

  it("says 'not-found' for a missing file", async () => {
    expect((await readError(path.join(tempDir(), 'session.json'))).code).toBe('not-found');
  });

  it('migrates a version-0 session (no schemaVersion) to the current version', async () => {
    const file = sessionFileWith(JSON.stringify({ id: 'old-one', title: 'Hand made' }));
    const session = await readDocument(file, sessionDocumentKind);
    expect(session).toMatchObject({
      schemaVersion: 2,
      id: 'old-one',
      title: 'Hand made',
      notes: '',
      media: [],
      revision: 0,
    });
    expect(Number.isNaN(Date.parse(session.createdAt))).toBe(false);
  });
});

describe('writeDocument backups', () => {
  it('keeps the newest backups, the newest holding the previous version', async () => {
    const folder = tempDir();
    const file = path.join(folder, 'session.json');
    // Every save in the same millisecond, as on a fast disk: each backup still gets its own name.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 60_000);
    try {
      for (let version = 1; version <= 5; version += 1) {
        await writeDocument(file, { ...validSession, revision: version }, { minIntervalMs: 0, keep: 3 });
      }
    } finally {
      vi.useRealTimers();
    }
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ revision: 5 });
    const backups = await listBackupFiles(backupFolder(file), 'session');
    expect(backups).toHaveLength(3);
    const revisions = backups.map(
      (backup) => (JSON.parse(readFileSync(backup.path, 'utf8')) as { revision: number }).revision,
    );
    expect(revisions).toEqual([2, 3, 4]);
    expect(readdirSync(folder).sort()).toEqual(['.backups', 'session.json']);
  });

  it('keeps at most one backup per interval', async () => {
    const file = path.join(tempDir(), 'session.json');
    for (let version = 1; version <= 4; version += 1) {
      await writeDocument(file, { ...validSession, revision: version }, { minIntervalMs: 60_000, keep: 10 });
    }
    const backups = await listBackupFiles(backupFolder(file), 'session');
    expect(backups).toHaveLength(1);
    expect(JSON.parse(readFileSync(backups[0]?.path ?? '', 'utf8'))).toMatchObject({ revision: 1 });
  });
});
