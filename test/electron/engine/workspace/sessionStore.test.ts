import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GuftaguError } from '../../../../shared/errors';
import { sessionFile } from '../../../../electron/engine/workspace/paths';
import { SessionStore } from '../../../../electron/engine/workspace/sessionStore';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs('guftagu-sessions-');

function newStore(onChanged?: (sessionId: string) => void): SessionStore {
  return new SessionStore(tempDir(), {
    backupPolicy: { minIntervalMs: 0, keep: 10 },
    ...(onChanged ? { onDocumentChanged: (change) => onChanged(change.documentId) } : {}),
  });
}

async function failure(promise: Promise<unknown>): Promise<GuftaguError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof GuftaguError)) throw new Error(`expected a GuftaguError, got ${String(error)}`);
  return error;
}

describe('SessionStore', () => {
  it('creates, lists, gets, updates and renames sessions', async () => {
    const changed: string[] = [];
    const store = newStore((id) => changed.push(id));
    const created = await store.create('  Lahore dialogue  ');
    expect(created).toMatchObject({
      schemaVersion: 2,
      title: 'Lahore dialogue',
      revision: 0,
      media: [],
      notes: '',
    });
    expect(created.id).toMatch(/^\d{4}-\d{2}-\d{2}-[0-9a-f]{6}$/);
    expect(existsSync(sessionFile(store.workspacePath, created.id))).toBe(true);

    await expect(store.get(created.id)).resolves.toEqual(created);
    const noted = await store.update(created.id, (session) => {
      session.notes = 'Two speakers';
    });
    expect(noted).toMatchObject({ notes: 'Two speakers', revision: 1 });
    const renamed = await store.update(created.id, (session) => ({ ...session, title: 'Karachi dialogue' }));
    expect(renamed).toMatchObject({ title: 'Karachi dialogue', notes: 'Two speakers', revision: 2 });
    await expect(store.get(created.id)).resolves.toEqual(renamed);

    const other = await store.create('Quetta');
    const list = await store.list();
    expect(list.map((summary) => summary.id).sort()).toEqual([created.id, other.id].sort());
    expect(list.find((summary) => summary.id === created.id)).toMatchObject({
      title: 'Karachi dialogue',
      mediaCount: 0,
      state: 'ok',
      backupCount: 2,
    });
    expect(changed).toEqual([created.id, created.id, created.id, other.id]);
  });

  it('lists a corrupt session as unreadable and never overwrites it', async () => {
    const store = newStore();
    const { id } = await store.create('Broken');
    const file = sessionFile(store.workspacePath, id);
    writeFileSync(file, '{"schemaVersion":1,"title":"Bro');
    const before = readFileSync(file);

    const summary = (await store.list()).find((item) => item.id === id);
    expect(summary).toMatchObject({ id, state: 'unreadable', mediaCount: 0 });
    expect(summary?.problem?.code).toBe('document-corrupt');
    expect(summary?.problem?.hint).not.toBe('');

    const error = await failure(store.update(id, (session) => ({ ...session, title: 'Fixed?' })));
    expect(error.code).toBe('document-corrupt');
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('lists a session from a newer Guftagu as unreadable and never overwrites it', async () => {
    const store = newStore();
    const { id } = await store.create('From the future');
    const file = sessionFile(store.workspacePath, id);
    const future = { ...JSON.parse(readFileSync(file, 'utf8')), schemaVersion: 99, clips: [] };
    writeFileSync(file, JSON.stringify(future));
    const before = readFileSync(file);

    expect((await store.list()).find((item) => item.id === id)?.problem?.code).toBe('document-newer');
    expect((await failure(store.update(id, () => undefined))).code).toBe('document-newer');
    expect((await failure(store.get(id))).code).toBe('document-newer');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('skips folders without a session file and folders with unsafe names', async () => {
    const store = newStore();
    mkdirSync(path.join(store.workspacePath, 'sessions', 'empty-folder'), { recursive: true });
    mkdirSync(path.join(store.workspacePath, 'sessions', 'Not Safe'), { recursive: true });
    writeFileSync(path.join(store.workspacePath, 'sessions', 'Not Safe', 'session.json'), '{}');
    expect(await store.list()).toEqual([]);
  });

  it('lists backups newest first and restores one, keeping the replaced file beside it', async () => {
    const store = newStore();
    const { id } = await store.create('Backups');
    await store.update(id, (session) => {
      session.notes = 'first';
    });
    await store.update(id, (session) => {
      session.notes = 'second';
    });
    const backups = await store.backups(id);
    expect(backups).toHaveLength(2);
    expect(backups.every((backup) => backup.readable && backup.sizeBytes > 0)).toBe(true);
    const newest = backups[0];
    if (!newest) throw new Error('no backup');

    const file = sessionFile(store.workspacePath, id);
    const replacedBytes = readFileSync(file);
    const restored = await store.restoreBackup(id, newest.name);
    expect(restored.notes).toBe('first');
    expect((await store.get(id)).notes).toBe('first');
    const replaced = readdirSync(path.dirname(file)).filter((name) =>
      name.startsWith('session.json.replaced-'),
    );
    expect(replaced).toHaveLength(1);
    expect(readFileSync(path.join(path.dirname(file), replaced[0] ?? '')).equals(replacedBytes)).toBe(true);

    expect((await failure(store.restoreBackup(id, 'session.nope.json'))).code).toBe('not-found');
  });

  it('restores a backup over a corrupt file', async () => {
    const store = newStore();
    const { id } = await store.create('Rescue');
    await store.update(id, (session) => {
      session.notes = 'good';
    });
    writeFileSync(sessionFile(store.workspacePath, id), 'garbage');
    const [backup] = await store.backups(id);
    const restored = await store.restoreBackup(id, backup?.name ?? '');
    expect(restored.title).toBe('Rescue');
    expect((await store.list())[0]?.state).toBe('ok');
  });

  it.each(['../x', '..', 'a/b', '', 'UPPER', '../../etc/passwd'])(
    "treats the id %j as 'not-found'",
    async (bad) => {
      const store = newStore();
      expect((await failure(store.get(bad))).code).toBe('not-found');
      expect((await failure(store.update(bad, () => undefined))).code).toBe('not-found');
      expect((await failure(store.backups(bad))).code).toBe('not-found');
      expect(() => store.folder(bad)).toThrow(GuftaguError);
    },
  );

  it("says 'not-found' for a well-formed id with no session", async () => {
    const store = newStore();
    expect((await failure(store.get('2026-01-01-abcdef'))).code).toBe('not-found');
  });
});
