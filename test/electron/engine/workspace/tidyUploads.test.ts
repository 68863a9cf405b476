import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionStore } from '../../../../electron/engine/workspace/sessionStore';
import { tidyUploads } from '../../../../electron/engine/workspace/tidyUploads';
import type { Media } from '../../../../shared/model/media';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'guftagu-uploads-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function upload(name: string, ageMs: number): string {
  const folder = path.join(root, 'uploads', name);
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, 'clip.mp4');
  writeFileSync(file, 'x');
  const when = new Date(Date.now() - ageMs);
  utimesSync(folder, when, when);
  return file;
}

function mediaAt(sourcePath: string): Media {
  return {
    id: 'm-1',
    fingerprint: 'f'.repeat(64),
    fileName: 'clip.mp4',
    sourcePath,
    importedAt: new Date().toISOString(),
    probe: {
      formatName: 'mov,mp4',
      durationMs: 1000,
      sizeBytes: 1,
      streamCount: 1,
      audio: { codec: 'aac', sampleRateHz: 48_000, channels: 1 },
    },
    status: 'ready',
    assets: {},
  };
}

describe('tidyUploads', () => {
  it('deletes day-old uploads no media uses, and keeps used or recent ones', async () => {
    const sessions = new SessionStore(root);
    const session = await sessions.create('Uploads');
    const used = upload('used', 3 * 86_400_000);
    upload('orphan-old', 2 * 86_400_000);
    upload('orphan-new', 60_000);
    await sessions.update(session.id, (draft) => {
      draft.media.push(mediaAt(used));
    });
    const removed = await tidyUploads(path.join(root, 'uploads'), sessions);
    expect(removed.map((folder) => path.basename(folder))).toEqual(['orphan-old']);
    expect(existsSync(used)).toBe(true);
    expect(existsSync(path.join(root, 'uploads', 'orphan-new'))).toBe(true);
  });

  it('deletes nothing while a session cannot be read', async () => {
    const sessions = new SessionStore(root);
    const session = await sessions.create('Broken');
    writeFileSync(path.join(root, 'sessions', session.id, 'session.json'), '{ broken');
    upload('orphan-old', 2 * 86_400_000);
    expect(await tidyUploads(path.join(root, 'uploads'), sessions)).toEqual([]);
  });
});
