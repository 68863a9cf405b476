import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../../electron/engine/engine';
import type { Engine } from '../../../../electron/engine/types';
import { makeMedia } from '../../../support/makeMedia';
import { waitForJobs } from '../../../support/waitForJobs';

// Issue 13: `uploads/` kept every upload, including canceled, duplicate and removed ones.
const root = mkdtempSync(path.join(os.tmpdir(), 'guftagu-release-upload-'));
let engine: Engine;
let source = '';

beforeAll(async () => {
  engine = await createEngine({
    workspacePath: path.join(root, 'workspace'),
    configDir: path.join(root, 'config'),
    binding: 'test',
  });
  source = makeMedia(path.join(root, 'src'), 'interview.mp4', { durationS: 2 });
});
afterAll(async () => {
  await engine?.close();
  rmSync(root, { recursive: true, force: true });
});

/** What the server's upload does: the file in its own folder under <workspace>/uploads. */
function uploaded(folderName: string, fileName = 'interview.mp4'): string {
  const folder = path.join(engine.uploadsPath, folderName);
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, fileName);
  copyFileSync(source, file);
  return file;
}

async function importPaths(sessionId: string, paths: string[]) {
  const { jobIds } = await engine.api['media.import']({ sessionId, paths });
  return waitForJobs(engine, jobIds);
}

describe('uploads no media uses are removed', () => {
  it('keeps a used upload, removes a duplicate at once, and the first when its media is removed', async () => {
    const { id: sessionId } = await engine.api['sessions.create']({ title: 'Uploads' });
    const first = uploaded('first');
    expect((await importPaths(sessionId, [first]))[0]?.state).toBe('succeeded');
    expect(existsSync(first)).toBe(true);

    const copy = uploaded('copy', 'interview copy.mp4');
    expect((await importPaths(sessionId, [copy]))[0]?.state).toBe('succeeded');
    expect(existsSync(path.dirname(copy))).toBe(false);
    expect(existsSync(first)).toBe(true);

    // The same upload used by a second session stays until neither uses it.
    const { id: otherId } = await engine.api['sessions.create']({ title: 'Other' });
    expect((await importPaths(otherId, [first]))[0]?.state).toBe('succeeded');
    const [media] = (await engine.api['sessions.get']({ sessionId })).session.media;
    await engine.api['media.remove']({ sessionId, mediaId: media?.id ?? '' });
    expect(existsSync(first)).toBe(true);
    await engine.api['media.remove']({ sessionId: otherId, mediaId: media?.id ?? '' });
    expect(existsSync(path.dirname(first))).toBe(false);
  });

  it('removes a canceled import’s upload, keeps a failed one for Retry, and never touches other files', async () => {
    const { id: sessionId } = await engine.api['sessions.create']({ title: 'Cancel' });
    const canceled = uploaded('canceled');
    const { jobIds } = await engine.api['media.import']({ sessionId, paths: [canceled] });
    await engine.api['jobs.cancel']({ jobId: jobIds[0] ?? '' });
    expect((await waitForJobs(engine, jobIds))[0]?.state).toBe('canceled');
    expect(existsSync(path.dirname(canceled))).toBe(false);
    // Canceled while still waiting in the queue (the pool is full of other imports).
    const many = ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => uploaded(`queued-${name}`, `${name}.mp4`));
    const queued = await engine.api['media.import']({ sessionId, paths: many });
    const last = queued.jobIds.at(-1) ?? '';
    const waiting = (await engine.api['jobs.list']({})).find((job) => job.id === last)?.state;
    await engine.api['jobs.cancel']({ jobId: last });
    await waitForJobs(engine, queued.jobIds);
    expect(waiting).toBe('queued');
    expect(existsSync(path.dirname(many.at(-1) ?? ''))).toBe(false);
    // The same recording six times: whichever import finished first is the media, the rest are duplicates
    // whose uploads go; the upload the media uses stays.
    const { session } = await engine.api['sessions.get']({ sessionId });
    expect(session.media.length).toBeGreaterThan(0);
    for (const media of session.media) expect(existsSync(media.sourcePath)).toBe(true);

    const broken = path.join(engine.uploadsPath, 'broken', 'notes.mp4');
    mkdirSync(path.dirname(broken), { recursive: true });
    copyFileSync(path.join(__dirname, 'releaseUpload.int.test.ts'), broken);
    expect((await importPaths(sessionId, [broken]))[0]?.state).toBe('failed');
    expect(existsSync(broken)).toBe(true);

    const own = path.join(root, 'src', 'own.mp4');
    copyFileSync(source, own);
    const { jobIds: ownJobs } = await engine.api['media.import']({ sessionId, paths: [own] });
    await engine.api['jobs.cancel']({ jobId: ownJobs[0] ?? '' });
    await waitForJobs(engine, ownJobs);
    expect(existsSync(own)).toBe(true);
  });
});
