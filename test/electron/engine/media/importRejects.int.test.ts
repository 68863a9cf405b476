import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../../../shared/errors';
import type { Session } from '../../../../shared/model/session';
import {
  importAndWait,
  jobTempFolders,
  mediaFolderEntries,
  startTestEngine,
  type TestEngine,
} from '../../../support/engine';
import { makeMedia } from '../../../support/makeMedia';

let t: TestEngine;
let session: Session;

beforeAll(async () => {
  t = await startTestEngine();
  session = await t.engine.api['sessions.create']({ title: 'Bad inputs' });
});

afterAll(async () => {
  await t.dispose();
});

/** Imports one file, expects a failed job with this code and a hint, and nothing left behind. */
async function expectRejected(filePath: string, code: ErrorCode) {
  const [job] = await importAndWait(t.engine, session.id, [filePath]);
  expect(job?.state).toBe('failed');
  expect(job?.error?.code).toBe(code);
  expect(job?.error?.message).not.toBe('');
  expect(job?.error?.hint.trim()).not.toBe('');
  const { session: saved } = await t.engine.api['sessions.get']({ sessionId: session.id });
  expect(saved.media).toEqual([]);
  expect(mediaFolderEntries(t.workspacePath, session.id)).toEqual([]);
  expect(jobTempFolders(t.workspacePath)).toEqual([]);
  return job?.error;
}

describe('import refuses bad inputs with a clear error', () => {
  it("0-byte file: 'file-empty'", async () => {
    const empty = path.join(t.mediaDir, 'empty.mp4');
    makeMedia(t.mediaDir, 'unused.mp4', { durationS: 1, width: 64, height: 48 });
    writeFileSync(empty, '');
    const error = await expectRejected(empty, 'file-empty');
    expect(error?.message).toContain('0 bytes');
  });

  it("MP4 cut off before its moov atom: 'file-damaged'", async () => {
    // Without +faststart, ffmpeg writes the moov atom at the end: the first half has none.
    const whole = makeMedia(t.mediaDir, 'whole.mp4', { durationS: 3 });
    const bytes = readFileSync(whole);
    expect(bytes.subarray(0, bytes.length / 2).includes(Buffer.from('moov'))).toBe(false);
    const half = path.join(t.mediaDir, 'half.mp4');
    writeFileSync(half, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const error = await expectRejected(half, 'file-damaged');
    expect(error?.details).toMatch(/moov atom not found/);
  });

  it("text file renamed .mp4: 'not-media', with ffprobe's own words in the details", async () => {
    const text = path.join(t.mediaDir, 'notes.mp4');
    writeFileSync(text, 'Interview notes: Ayesha, Bilal. Nothing to see here.\n'.repeat(20));
    const error = await expectRejected(text, 'not-media');
    expect(error?.details).toMatch(/Invalid data found when processing input/);
    expect(error?.details).toContain('notes.mp4');
  });

  it("video without sound: 'no-audio'", async () => {
    const silent = makeMedia(t.mediaDir, 'silent.mp4', { durationS: 1, audio: false });
    await expectRejected(silent, 'no-audio');
  });

  it("missing path: 'source-missing'", async () => {
    const error = await expectRejected(path.join(t.mediaDir, 'never-made.mp4'), 'source-missing');
    expect(error?.message).toContain('never-made.mp4');
  });

  it("a folder: 'file-unreadable'", async () => {
    await expectRejected(t.mediaDir, 'file-unreadable');
  });

  it('a bad file next to a good one fails alone', async () => {
    const good = makeMedia(t.mediaDir, 'good.mp4', { durationS: 1, width: 64, height: 48 });
    const jobs = await importAndWait(t.engine, session.id, [path.join(t.mediaDir, 'empty.mp4'), good]);
    expect(jobs.map((job) => job.state)).toEqual(['failed', 'succeeded']);
    const { session: saved } = await t.engine.api['sessions.get']({ sessionId: session.id });
    expect(saved.media.map((media) => media.fileName)).toEqual(['good.mp4']);
    expect(jobTempFolders(t.workspacePath)).toEqual([]);
  });

  it("refuses an unknown session with 'not-found' before any job starts", async () => {
    await expect(
      t.engine.api['media.import']({ sessionId: '2026-01-01-ffffff', paths: ['/x.mp4'] }),
    ).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(t.engine.api['media.import']({ sessionId: session.id, paths: [] })).rejects.toMatchObject({
      code: 'invalid-request',
    });
  });
});
