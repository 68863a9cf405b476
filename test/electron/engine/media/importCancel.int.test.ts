import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobSnapshot } from '../../../../shared/model/jobs';
import {
  jobTempFolders,
  mediaFolderEntries,
  processesMentioning,
  startTestEngine,
  waitForJobs,
  type TestEngine,
} from '../../../support/engine';
import { makeMedia } from '../../../support/makeMedia';

let t: TestEngine;

beforeAll(async () => {
  t = await startTestEngine();
});

afterAll(async () => {
  await t.dispose();
});

/** Resolves with the first event of the job that satisfies the test. */
function firstEvent(
  jobId: () => string | undefined,
  test: (job: JobSnapshot) => boolean,
): Promise<JobSnapshot> {
  return new Promise((resolve) => {
    const unsubscribe = t.engine.events.on('jobs.event', (job) => {
      if (job.id === jobId() && test(job)) {
        unsubscribe();
        resolve(job);
      }
    });
  });
}

describe('canceling an import', () => {
  it('stops ffmpeg, removes every partial file and adds no media', async () => {
    const session = await t.engine.api['sessions.create']({ title: 'Cancel' });
    // 60 s of 720p MPEG-2: the H.264 proxy takes a while, so the cancel lands while ffmpeg works.
    const source = makeMedia(t.mediaDir, 'long camera.mts', {
      durationS: 60,
      width: 1280,
      height: 720,
      codec: 'mpeg2video',
      container: 'mpegts',
    });
    // The event listener starts before the job id is known.
    const current: { jobId?: string } = {};
    const proxyRunning = firstEvent(
      () => current.jobId,
      (job) => job.state !== 'running' || (job.step === 'making a playable copy' && job.progress > 0),
    );
    const [jobId] = (await t.engine.api['media.import']({ sessionId: session.id, paths: [source] })).jobIds;
    if (!jobId) throw new Error('no job');
    current.jobId = jobId;
    const finished = waitForJobs(t.engine, [jobId]);

    const running = await proxyRunning;
    expect(running.state).toBe('running');
    const mediaFolders = mediaFolderEntries(t.workspacePath, session.id);
    expect(mediaFolders).toHaveLength(1);
    const mediaFolder = path.join(t.workspacePath, 'sessions', session.id, 'media', mediaFolders[0] ?? '');
    expect(jobTempFolders(mediaFolder)).toHaveLength(1);
    expect(processesMentioning(source).length).toBeGreaterThan(0);

    await expect(t.engine.api['jobs.cancel']({ jobId })).resolves.toEqual({ canceled: true });
    const [final] = await finished;
    expect(final?.state).toBe('canceled');
    expect(final?.error).toBeUndefined();

    expect(processesMentioning(source)).toEqual([]);
    expect(processesMentioning(t.root)).toEqual([]);
    expect(existsSync(mediaFolder)).toBe(false);
    expect(jobTempFolders(t.workspacePath)).toEqual([]);
    const { session: saved } = await t.engine.api['sessions.get']({ sessionId: session.id });
    expect(saved.media).toEqual([]);
    expect((await t.engine.api['jobs.list']({})).find((job) => job.id === jobId)?.state).toBe('canceled');

    // A retry is a new job; canceling it at once also leaves nothing running.
    const { jobId: retried } = await t.engine.api['jobs.retry']({ jobId });
    expect(retried).not.toBe(jobId);
    await t.engine.api['jobs.cancel']({ jobId: retried });
    expect((await waitForJobs(t.engine, [retried]))[0]?.state).toBe('canceled');
    expect(processesMentioning(t.root)).toEqual([]);
  });
});
