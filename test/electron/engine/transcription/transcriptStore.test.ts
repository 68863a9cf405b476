import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TranscriptStore } from '../../../../electron/engine/transcription/transcriptStore';
import { SessionStore } from '../../../../electron/engine/workspace/sessionStore';
import type { Transcript } from '../../../../shared/transcript/model';

let root: string;
let sessions: SessionStore;
let store: TranscriptStore;
let sessionId: string;

const transcript = (text: string): Transcript => ({
  schemaVersion: 1,
  mediaId: 'm-abc',
  model: 'ggml-small.bin',
  createdAt: '2026-11-21T00:00:00.000Z',
  revision: 0,
  language: 'ur',
  tracks: [
    {
      id: 'transcript-ur',
      language: 'ur',
      direction: 'rtl',
      kind: 'transcript',
      cues: [{ id: 'c1', startMs: 0, endMs: 1000, text, words: [] }],
    },
  ],
});

beforeEach(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'guftagu-transcripts-'));
  sessions = new SessionStore(root);
  store = new TranscriptStore(sessions);
  sessionId = (await sessions.create('Transcripts')).id;
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('TranscriptStore', () => {
  it('saves edits on top of the revision they started from, counting revisions', async () => {
    await store.save(sessionId, transcript('پہلا'));
    const first = await store.get(sessionId, 'm-abc');
    expect(first?.revision).toBe(0);
    const edited = await store.save(sessionId, transcript('دوسرا'), 0);
    expect(edited.revision).toBe(1);
    expect((await store.get(sessionId, 'm-abc'))?.tracks[0]?.cues[0]?.text).toBe('دوسرا');
  });

  it('refuses an edit based on an old revision (another window saved since), leaving the file as it was', async () => {
    await store.save(sessionId, transcript('one'));
    await store.save(sessionId, transcript('two'), 0);
    const file = store.file(sessionId, 'm-abc');
    const before = readFileSync(file, 'utf8');
    await expect(store.save(sessionId, transcript('stale'), 0)).rejects.toMatchObject({ code: 'locked' });
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('never overwrites a corrupt transcript file', async () => {
    const file = store.file(sessionId, 'm-abc');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '{ "schemaVersion": 1, "tracks": [');
    await expect(store.save(sessionId, transcript('x'))).rejects.toMatchObject({ code: 'document-corrupt' });
    expect(readFileSync(file, 'utf8')).toBe('{ "schemaVersion": 1, "tracks": [');
  });
});
