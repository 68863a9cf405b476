import path from 'node:path';
import { expect } from 'vitest';
import type { Transcript } from '../../../shared/transcript/model';
import { makeMedia } from '../../support/makeMedia';
import { sharedFixture } from '../../support/sharedFixtures';
import { waitForJobs } from '../../support/waitForJobs';
import type { Harness } from './harness';

/**
 * A volunteer's English translation of the first three Urdu cues of the shared interview fixture (a
 * translation track, so captions and the editor are bilingual).
 */
export const interviewTranslationSrt = `1
00:00:00,400 --> 00:00:03,200
My name is Ayesha, I have come from Karachi.

2
00:00:03,400 --> 00:00:07,100
This dialogue taught me to listen to others.

3
00:00:07,300 --> 00:00:10,900
We started 3 campaigns on social media.
`;

export interface SeededSession {
  sessionId: string;
  mediaId: string;
  /** The Urdu track imported from the shared fixture's interview-ur-en.srt. */
  urTrackId: string;
}

/**
 * A session with one imported video (interview.mp4, 640×360, `durationS` long) and the shared fixture's Urdu
 * subtitles as its transcript, all through the engine's API.
 */
export async function seedSessionWithTranscript(
  harness: Harness,
  options: { title: string; durationS: number; lenient?: boolean },
): Promise<SeededSession> {
  const { api } = harness.engine;
  const sessionId = (await api['sessions.create']({ title: options.title })).id;
  const video = makeMedia(path.join(harness.root, 'footage'), 'interview.mp4', {
    durationS: options.durationS,
    width: 640,
    height: 360,
  });
  const { jobIds } = await api['media.import']({ sessionId, paths: [video] });
  const jobs = await waitForJobs(harness.engine, jobIds);
  expect(jobs.map((job) => job.state)).toEqual(['succeeded']);
  const mediaId = (await api['sessions.get']({ sessionId })).session.media[0]?.id ?? '';
  const ur = await api['subtitles.import']({
    sessionId,
    mediaId,
    path: sharedFixture('subtitles/interview-ur-en.srt'),
    language: 'ur',
    lenient: options.lenient ?? false,
  });
  return { sessionId, mediaId, urTrackId: ur.trackId };
}

/** The transcript as the engine has it saved. */
export async function savedTranscript(
  harness: Harness,
  sessionId: string,
  mediaId: string,
): Promise<Transcript> {
  const { transcript } = await harness.engine.api['transcripts.get']({ sessionId, mediaId });
  if (!transcript) throw new Error('The transcript is gone.');
  return transcript;
}

/** Reloads the app, opens the first session and, once its first media is ready, the subtitle editor. */
export async function openEditor(harness: Harness): Promise<void> {
  const { page } = harness;
  await page.reload();
  await page.getByTestId('session-item').first().click();
  const item = page.getByTestId('media-item').first();
  await expect.poll(() => item.getAttribute('data-status'), { timeout: 30_000 }).toBe('ready');
  await item.getByTestId('edit-subtitles').click();
  await page.getByTestId('editor').waitFor();
}
