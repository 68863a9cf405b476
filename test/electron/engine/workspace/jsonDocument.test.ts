import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { clipsDocument, ExportLibrary } from '../../../../electron/engine/export/stores';
import { TranscriptStore } from '../../../../electron/engine/transcription/transcriptStore';
import { JsonDocument } from '../../../../electron/engine/workspace/jsonDocument';
import { SessionStore } from '../../../../electron/engine/workspace/sessionStore';
import { GuftaguError } from '../../../../shared/errors';
import type { DocumentChange } from '../../../../shared/model/documents';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs('guftagu-json-document-');

const listSchema = z.object({ schemaVersion: z.literal(2), items: z.array(z.string()) });
type List = z.infer<typeof listSchema>;
const listKind = {
  label: 'List file',
  schema: listSchema,
  currentVersion: 2,
  // Version 1 kept the items under "entries".
  migrations: { 1: ({ entries, ...rest }: Record<string, unknown>) => ({ ...rest, items: entries }) },
};

function listDocument(folder: string, changes: DocumentChange[] = []): JsonDocument<List> {
  return new JsonDocument(path.join(folder, 'list.json'), listKind, {
    empty: () => ({ schemaVersion: 2, items: [] }),
    backups: { minIntervalMs: 0, keep: 3 },
    change: {
      identity: { kind: 'styles', documentId: 'list.json' },
      notify: (change) => changes.push(change),
    },
  });
}

describe('JsonDocument', () => {
  it('change gives back what the change returned beside the written document, and announces it', async () => {
    const folder = tempDir();
    const changes: DocumentChange[] = [];
    const list = listDocument(folder, changes);
    const { document, result } = await list.change((draft) => {
      draft.items.push('ایک');
      return draft.items.length;
    });
    expect(result).toBe(1);
    expect(document.items).toEqual(['ایک']);
    expect(JSON.parse(readFileSync(path.join(folder, 'list.json'), 'utf8'))).toEqual(document);
    expect(changes).toEqual([{ kind: 'styles', documentId: 'list.json' }]);
    // No lock or temp file is left.
    expect(readdirSync(folder).sort()).toEqual(['list.json']);
  });

  it('migrates an old document on read and writes the current version on the next change', async () => {
    const folder = tempDir();
    writeFileSync(path.join(folder, 'list.json'), JSON.stringify({ schemaVersion: 1, entries: ['a'] }));
    const list = listDocument(folder);
    expect(await list.read()).toEqual({ schemaVersion: 2, items: ['a'] });
    await list.update((draft) => void draft.items.push('b'));
    expect(JSON.parse(readFileSync(path.join(folder, 'list.json'), 'utf8'))).toEqual({
      schemaVersion: 2,
      items: ['a', 'b'],
    });
    // The version-1 file was kept as a rolling backup.
    expect(readdirSync(path.join(folder, '.backups'))).toHaveLength(1);
  });

  it('writes nothing and announces nothing when the change throws, or the file is from a newer Guftagu', async () => {
    const folder = tempDir();
    const changes: DocumentChange[] = [];
    const list = listDocument(folder, changes);
    await expect(
      list.change(() => {
        throw new GuftaguError('invalid-request', 'No.', 'Do not.');
      }),
    ).rejects.toThrow('No.');
    writeFileSync(path.join(folder, 'list.json'), JSON.stringify({ schemaVersion: 9, items: [] }));
    const error: unknown = await list.update(() => undefined).catch((reason: unknown) => reason);
    expect((error as GuftaguError).code).toBe('document-newer');
    expect(JSON.parse(readFileSync(path.join(folder, 'list.json'), 'utf8')).schemaVersion).toBe(9);
    expect(changes).toEqual([]);
  });

  it('keeps every change when many are made at once from one process', async () => {
    const folder = tempDir();
    await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        // A new object per change, as the API does: they still take turns.
        listDocument(folder).update((draft) => void draft.items.push(String(index))),
      ),
    );
    expect((await listDocument(folder).read()).items).toHaveLength(30);
  });
});

describe('every document kind of a workspace is announced when written', () => {
  it('session, transcript, clips, styles, presets and the export queue', async () => {
    const changes: DocumentChange[] = [];
    const workspace = tempDir();
    const sessions = new SessionStore(workspace, { onDocumentChanged: (change) => changes.push(change) });
    const { id } = await sessions.create('Events');
    await sessions.update(id, (draft) => void (draft.notes = 'نوٹ'));
    const createdAt = new Date().toISOString();
    const empty = {
      schemaVersion: 1 as const,
      mediaId: 'm-abc',
      model: 'small',
      createdAt,
      revision: 0,
      tracks: [],
    };
    await new TranscriptStore(sessions).save(id, { ...empty, language: 'ur' });
    await clipsDocument(sessions, id).update(() => undefined);
    const library = new ExportLibrary(workspace, sessions.notify);
    await library.styles.update(() => undefined);
    await library.presets.update(() => undefined);
    await library.updateRecords(() => undefined);
    expect(changes).toEqual([
      { kind: 'session', sessionId: id, documentId: id },
      { kind: 'session', sessionId: id, documentId: id },
      { kind: 'transcript', sessionId: id, documentId: 'm-abc' },
      { kind: 'clips', sessionId: id, documentId: id },
      { kind: 'styles', documentId: 'styles.json' },
      { kind: 'presets', documentId: 'presets.json' },
      { kind: 'export-queue', documentId: 'export-queue.json' },
    ]);
  });

  it('SessionStore.change gives back the result (the participant added) without a variable outside', async () => {
    const sessions = new SessionStore(tempDir());
    const { id } = await sessions.create('Result');
    const { document, result } = await sessions.change(id, (draft) => {
      draft.notes = 'x';
      return draft.notes.length;
    });
    expect(result).toBe(1);
    expect(document.revision).toBe(1);
    expect((await sessions.get(id)).notes).toBe('x');
  });
});
