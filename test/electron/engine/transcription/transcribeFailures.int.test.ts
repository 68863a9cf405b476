import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  importAndWait,
  jobTempFolders,
  processesMentioning,
  startTestEngine,
  waitForJobs,
  type TestEngine,
} from '../../../support/engine';
import { bundledFfmpeg } from '../../../support/makeMedia';
import { sharedFixture, haveSharedFixtures } from '../../../support/sharedFixtures';

let test: TestEngine;
beforeEach(async () => {
  test = await startTestEngine();
});
afterEach(async () => test.dispose());

async function sessionWith(file: string): Promise<{ sessionId: string; mediaId: string }> {
  const { engine } = test;
  const session = await engine.api['sessions.create']({ title: path.basename(file) });
  const [job] = await importAndWait(engine, session.id, [file]);
  expect(job?.state).toBe('succeeded');
  const view = await engine.api['sessions.get']({ sessionId: session.id });
  return { sessionId: session.id, mediaId: view.session.media[0]?.id ?? '' };
}

function transcriptFile(sessionId: string, mediaId: string): string {
  return path.join(test.workspacePath, 'sessions', sessionId, 'transcripts', `${mediaId}.json`);
}

async function start(
  ids: { sessionId: string; mediaId: string },
  model: string,
  language = 'en',
): Promise<string> {
  const { jobId } = await test.engine.api['transcripts.start']({ ...ids, model, language, translate: false });
  return jobId;
}

describe.runIf(haveSharedFixtures())('transcription failures, with the real whisper', () => {
  it('fails on a language code whisper does not know, with a hint and whisper’s own words', async () => {
    await test.engine.api['models.import']({ path: sharedFixture('models/for-tests-ggml-tiny.bin') });
    const ids = await sessionWith(sharedFixture('audio/jfk.wav'));
    const [job] = await waitForJobs(test.engine, [await start(ids, 'for-tests-ggml-tiny', 'xx')]);
    expect(job?.state).toBe('failed');
    expect(job?.error?.message).toBe('whisper does not know that language code.');
    expect(job?.error?.hint).toMatch(/Choose a language/);
    expect(job?.error?.details).toMatch(/unknown language 'xx'/);
    expect(existsSync(transcriptFile(ids.sessionId, ids.mediaId))).toBe(false);
    expect(jobTempFolders(test.workspacePath)).toEqual([]);
  });

  it('fails (not canceled) when whisper is killed from outside: stderr tail kept, temp gone, nothing saved', async () => {
    await test.engine.api['models.import']({ path: sharedFixture('models/for-tests-ggml-small.bin') });
    const ids = await sessionWith(sharedFixture('audio/jfk.wav'));
    const jobId = await start(ids, 'for-tests-ggml-small');
    let pids: number[] = [];
    await expect
      .poll(() => (pids = processesMentioning(`.job-${jobId}`)).length, { timeout: 30_000, interval: 50 })
      .toBeGreaterThan(0);
    for (const pid of pids) process.kill(pid, 'SIGKILL');
    const [job] = await waitForJobs(test.engine, [jobId]);
    expect(job?.state).toBe('failed');
    expect(job?.error?.code).toBe('tool-failed');
    expect(job?.error?.message).toMatch(/^whisper stopped/);
    expect(job?.error?.details ?? '').not.toBe('');
    expect(processesMentioning(test.workspacePath)).toEqual([]);
    expect(jobTempFolders(test.workspacePath)).toEqual([]);
    expect(existsSync(transcriptFile(ids.sessionId, ids.mediaId))).toBe(false);
    expect((await test.engine.api['transcripts.get'](ids)).transcript).toBeNull();
  });

  it('runs one transcription at a time: the second waits queued, then both succeed', async () => {
    const { engine } = test;
    await engine.api['models.import']({ path: sharedFixture('models/for-tests-ggml-tiny.bin') });
    const ids = await sessionWith(sharedFixture('audio/jfk.wav'));
    // Started one after the other, while the first is still running: the second must wait its turn.
    const first = await start(ids, 'for-tests-ggml-tiny');
    const second = await start(ids, 'for-tests-ggml-tiny');

    const finished = await waitForJobs(engine, [first, second]);
    expect(finished.map((job) => job.state)).toEqual(['succeeded', 'succeeded']);
    const firstDone = test.jobEvents.findIndex((event) => event.id === first && event.state === 'succeeded');
    const secondRuns = test.jobEvents.findIndex((event) => event.id === second && event.state === 'running');
    expect(firstDone).toBeGreaterThanOrEqual(0);
    expect(secondRuns).toBeGreaterThan(firstDone);
    // The second was waiting in the queue while the first ran.
    const secondQueued = test.jobEvents.findIndex((event) => event.id === second && event.state === 'queued');
    expect(secondQueued).toBeGreaterThanOrEqual(0);
    expect(secondQueued).toBeLessThan(firstDone);
    expect(jobTempFolders(test.workspacePath)).toEqual([]);
  });

  it('reports "no speech found" for a recording of silence', async () => {
    await test.engine.api['models.import']({ path: sharedFixture('models/for-tests-ggml-tiny.bin') });
    mkdirSync(test.mediaDir, { recursive: true });
    const silence = path.join(test.mediaDir, 'silence.mp3');
    const made = spawnSync(
      bundledFfmpeg(),
      [
        '-hide_banner',
        '-loglevel',
        'error',
        '-y',
        '-f',
        'lavfi',
        '-i',
        'anullsrc=r=44100:cl=mono',
        '-t',
        '6',
        '-c:a',
        'libmp3lame',
        '-b:a',
        '64k',
        silence,
      ],
      { encoding: 'utf8' },
    );
    expect(made.stderr).toBe('');
    const ids = await sessionWith(silence);
    const [job] = await waitForJobs(test.engine, [await start(ids, 'for-tests-ggml-tiny')]);
    expect(job?.state).toBe('succeeded');
    expect(job?.step).toBe('no speech found');
    const { transcript } = await test.engine.api['transcripts.get'](ids);
    expect(transcript?.tracks.every((track) => track.cues.length === 0)).toBe(true);
  });

  it('gives a clear error for a truncated model file', async () => {
    mkdirSync(test.mediaDir, { recursive: true });
    const truncated = path.join(test.mediaDir, 'truncated-test-model.bin');
    writeFileSync(
      truncated,
      readFileSync(sharedFixture('models/for-tests-ggml-tiny.bin')).subarray(0, 100 * 1024),
    );
    const imported = await test.engine.api['models.import']({ path: truncated }).catch(
      (error: unknown) => error,
    );
    if (imported instanceof Error) {
      // Refused at import: the header check saw the damage.
      expect(imported).toMatchObject({ code: expect.stringMatching(/file-damaged|invalid-request/) });
      expect((imported as Error & { hint: string }).hint).not.toBe('');
      return;
    }
    const ids = await sessionWith(sharedFixture('audio/jfk.wav'));
    const [job] = await waitForJobs(test.engine, [await start(ids, 'truncated-test-model')]);
    expect(job?.state).toBe('failed');
    expect(job?.error?.message).toBe('whisper could not load the model.');
    expect(job?.error?.hint).toMatch(/damaged/);
    expect(job?.error?.details ?? '').not.toBe('');
    expect(existsSync(transcriptFile(ids.sessionId, ids.mediaId))).toBe(false);
    expect(jobTempFolders(test.workspacePath)).toEqual([]);
  });
});
