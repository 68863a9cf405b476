import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sessionFile } from '../../../../electron/engine/workspace/paths';
import { SessionStore } from '../../../../electron/engine/workspace/sessionStore';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs('guftagu-migrate-');

const version1 = {
  schemaVersion: 1,
  id: '2026-01-05-abc123',
  title: 'Old session',
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-01-05T10:00:00.000Z',
  revision: 4,
  notes: 'Kept as it was',
  media: [],
};

describe('session.json version 1 → 2', () => {
  it('reads a version-1 file as version 2 with empty programme data, and writes v2 only on the next save', async () => {
    const store = new SessionStore(tempDir(), { backupPolicy: { minIntervalMs: 0, keep: 5 } });
    const created = await store.create('placeholder');
    const file = sessionFile(store.workspacePath, created.id);
    writeFileSync(file, JSON.stringify({ ...version1, id: created.id }));
    const before = readFileSync(file, 'utf8');

    const read = await store.get(created.id);
    expect(read).toMatchObject({
      schemaVersion: 2,
      title: 'Old session',
      notes: 'Kept as it was',
      revision: 4,
      metadata: { partners: [], hashtags: [], topics: [], languages: [], nonInterviewMediaIds: [] },
      participants: [],
      history: [],
    });
    await store.list();
    // Reading (and listing) never writes.
    expect(readFileSync(file, 'utf8')).toBe(before);

    await store.update(created.id, (session) => {
      session.metadata.city = 'Multan';
    });
    const written = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(written).toMatchObject({
      schemaVersion: 2,
      revision: 5,
      notes: 'Kept as it was',
      participants: [],
      history: [],
    });
    expect(written['metadata']).toMatchObject({ city: 'Multan' });
  });
});
