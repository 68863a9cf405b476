import { existsSync, readdirSync } from 'node:fs';
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
import { sharedFixture, haveSharedFixtures } from '../../../support/sharedFixtures';

let test: TestEngine;
beforeEach(async () => {
  test = await startTestEngine();
});
afterEach(async () => test.dispose());

async function sessionWithJfk(): Promise<{ sessionId: string; mediaId: string }> {
  const { engine } = test;
  const session = await engine.api['sessions.create']({ title: 'JFK' });
  const [job] = await importAndWait(engine, session.id, [sharedFixture('audio/jfk.wav')]);
  expect(job?.state).toBe('succeeded');
  const view = await engine.api['sessions.get']({ sessionId: session.id });
  return { sessionId: session.id, mediaId: view.session.media[0]?.id ?? '' };
}

describe.runIf(haveSharedFixtures())('the transcribe job, through the API', () => {
  it('refuses to start without the model, naming what is installed and how to get it', async () => {
    const { sessionId, mediaId } = await sessionWithJfk();
    const error = await test.engine.api['transcripts.start']({
      sessionId,
      mediaId,
      model: 'small',
      language: 'ur',
      translate: false,
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'not-found' });
    expect((error as { hint: string }).hint).toMatch(/models download small/);
  });

  it('transcribes with the real whisper, stores the transcript with the session, and reports no speech', async () => {
    const { engine } = test;
    await engine.api['models.import']({ path: sharedFixture('models/for-tests-ggml-tiny.bin') });
    const { sessionId, mediaId } = await sessionWithJfk();
    expect((await engine.api['transcripts.get']({ sessionId, mediaId })).transcript).toBeNull();

    const { jobId } = await engine.api['transcripts.start']({
      sessionId,
      mediaId,
      model: 'for-tests-ggml-tiny',
      language: 'auto',
      translate: true,
    });
    const [job] = await waitForJobs(engine, [jobId]);
    expect(job?.state).toBe('succeeded');
    expect(job?.step).toBe('no speech found');
    const running = test.jobEvents.filter((event) => event.id === jobId && event.state === 'running');
    expect(running.some((event) => event.step?.startsWith('transcribing'))).toBe(true);
    expect(running.some((event) => event.step?.startsWith('translating'))).toBe(true);

    const { transcript } = await engine.api['transcripts.get']({ sessionId, mediaId });
    expect(transcript?.tracks.map((track) => track.kind)).toEqual(['transcript', 'translation']);
    expect(transcript?.tracks.every((track) => track.cues.length === 0)).toBe(true);
    const transcriptsFolder = path.join(test.workspacePath, 'sessions', sessionId, 'transcripts');
    expect(readdirSync(transcriptsFolder)).toContain(`${mediaId}.json`);
    expect(jobTempFolders(test.workspacePath)).toEqual([]);
  });

  it('cancels a running transcription: whisper is stopped, temp files go, nothing is stored', async () => {
    const { engine } = test;
    await engine.api['models.import']({ path: sharedFixture('models/for-tests-ggml-small.bin') });
    const { sessionId, mediaId } = await sessionWithJfk();
    const { jobId } = await engine.api['transcripts.start']({
      sessionId,
      mediaId,
      model: 'for-tests-ggml-small',
      language: 'en',
      translate: false,
    });
    await expect
      .poll(() => test.jobEvents.some((event) => event.id === jobId && event.step === 'transcribing'), {
        timeout: 20_000,
      })
      .toBe(true);
    expect((await engine.api['jobs.cancel']({ jobId })).canceled).toBe(true);
    const [job] = await waitForJobs(engine, [jobId]);
    expect(job?.state).toBe('canceled');
    expect(processesMentioning(test.workspacePath)).toEqual([]);
    expect(jobTempFolders(test.workspacePath)).toEqual([]);
    expect((await engine.api['transcripts.get']({ sessionId, mediaId })).transcript).toBeNull();
    expect(
      existsSync(path.join(test.workspacePath, 'sessions', sessionId, 'transcripts', `${mediaId}.json`)),
    ).toBe(false);
  });
});
