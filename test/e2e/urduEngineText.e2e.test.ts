import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMedia } from '../support/makeMedia';
import { haveSharedFixtures } from '../support/sharedFixtures';
import { startHarness, type Harness } from './support/harness';
import { seedSessionWithTranscript } from './support/seed';

/*
 * The Urdu UI never shows the engine's English: job names, steps, errors and hints, consent refusals and
 * model notes are all worded by the renderer from codes and parameters. What may stay Latin: the file
 * names this test chose, program names, platform names and units.
 */

let harness: Harness;
const fixturesHere = haveSharedFixtures();
const VIDEO = 'انٹرویو Karachi.mp4';
const NOT_VIDEO = 'notes renamed.mp4';
const allowed = [
  VIDEO,
  NOT_VIDEO,
  'interview.mp4',
  'guftagu doctor',
  'whisper',
  'ffmpeg',
  'ggml',
  // whisper model names (ids)
  'large-v3-turbo',
  'medium',
  'small',
  'base',
  'tiny',
  'YYYY-MM-DD',
  'MP4',
  'MOV',
  'MTS',
  'M4A',
  'MP3',
  'WAV',
  'LUFS',
  'fps',
  'GB',
  'MB',
];

/** Latin words left in an area's visible text once the allowed names are taken out. */
async function englishIn(area: Locator): Promise<string[]> {
  let text = (await area.allInnerTexts()).join('\n');
  for (const name of allowed) text = text.split(name).join(' ');
  return text.match(/[A-Za-z]{2,}/gu) ?? [];
}

beforeAll(async () => {
  if (!fixturesHere) return;
  harness = await startHarness();
  const { api } = harness.engine;
  const { sessionId, mediaId } = await seedSessionWithTranscript(harness, {
    title: 'جامعہ کراچی مکالمہ',
    durationS: 6,
    lenient: true,
  });
  // Internal use only: any export of a clip where she speaks is refused.
  const speaker = await api['participants.add']({
    sessionId,
    participant: {
      name: 'ثناء بلوچ',
      gender: 'woman',
      consent: { scope: 'internal', date: '2025-11-02', formRef: 'KU-2' },
      mediaIds: [mediaId],
    },
  });
  await api['clips.save']({
    sessionId,
    clip: { mediaId, startMs: 0, endMs: 3_000, title: 'کیمپس پر برداشت', speakerId: speaker.participant.id },
  });
  await harness.page.reload();
});

afterAll(async () => {
  await harness?.close();
});

describe.runIf(fixturesHere)('The Urdu UI words what the engine says', () => {
  it('shows no engine English in jobs, errors, the transcribe form, the export refusal, the editor or reports', async () => {
    const { page } = harness;
    await page.getByTestId('language-toggle').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.getByTestId('session-item').first().click();

    // An import that works and one that fails (a text file renamed .mp4).
    const video = makeMedia(path.join(harness.root, 'footage'), VIDEO, {
      durationS: 3,
      width: 640,
      height: 360,
    });
    const fake = path.join(harness.root, NOT_VIDEO);
    writeFileSync(fake, 'These are meeting notes, not a video.\n');
    await page.getByTestId('import-input').setInputFiles(video);
    await page.getByTestId('import-input').setInputFiles(fake);
    const jobs = page.getByTestId('job-item');
    // The seeded import is listed too: wait for ours, one done and one failed, and nothing still running.
    const states = async () => jobs.evaluateAll((items) => items.map((item) => item.dataset['state'] ?? ''));
    await expect
      .poll(
        async () => {
          const all = await states();
          return (
            all.every((state) => state === 'succeeded' || state === 'failed') &&
            all.filter((state) => state === 'succeeded').length >= 2 &&
            all.includes('failed')
          );
        },
        { timeout: 90_000 },
      )
      .toBe(true);
    const failed = page.locator('[data-testid="job-item"][data-state="failed"]');
    expect(await failed.getAttribute('data-state')).toBe('failed');
    expect(await failed.getByTestId('job-error').getAttribute('data-code')).toBe('not-media');
    expect(await failed.innerText()).toContain('پڑھی جا سکنے والی ویڈیو یا آڈیو فائل نہیں');
    expect(await englishIn(page.getByTestId('jobs-panel'))).toEqual([]);
    const failedMedia = page.locator('[data-testid="media-item"][data-status="failed"]');
    if ((await failedMedia.count()) > 0) expect(await englishIn(failedMedia)).toEqual([]);
    await harness.screenshot('urdu-session-jobs');

    // Transcribing with no whisper model installed.
    const ready = page.locator('[data-testid="media-item"][data-status="ready"]').first();
    await ready.getByTestId('transcribe-button').click();
    const form = page.getByTestId('transcribe-form');
    await form.waitFor();
    expect(await englishIn(form)).toEqual([]);
    await harness.screenshot('urdu-transcribe-no-model');
    await form.getByTestId('transcribe-close').click();

    // The export of a clip whose speaker allowed internal use only is refused, in Urdu.
    await page.getByTestId('export-open').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.waitFor();
    for (const row of await dialog.getByTestId('export-clip').all()) {
      const checkbox = row.locator('input');
      if (!(await checkbox.isChecked())) await checkbox.click();
    }
    await dialog.locator('[data-testid="export-preset"][data-preset-id="reels"] input').check();
    await dialog.getByTestId('export-check').click();
    const block = dialog.getByTestId('consent-block');
    await block.waitFor();
    expect(await block.getByTestId('consent-message').innerText()).toContain('ثناء بلوچ');
    expect(await englishIn(block)).toEqual([]);
    expect(await englishIn(dialog.locator('[data-testid="export-preset"][data-preset-id="master"]'))).toEqual(
      [],
    );
    await harness.screenshot('urdu-export-refused');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' }).catch(() => undefined);
    if ((await dialog.count()) > 0) await dialog.getByRole('button').last().click();

    // The editor and the reports, for the screenshots (and no engine English in their track names).
    await page
      .locator('[data-testid="media-item"][data-status="ready"]')
      .first()
      .getByTestId('edit-subtitles')
      .click();
    await page.getByTestId('editor').waitFor();
    await harness.screenshot('urdu-editor');
    await page.reload();
    await page.getByTestId('reports-button').click();
    await page.getByTestId('reports-page').waitFor();
    await expect.poll(() => page.getByTestId('reports-page').getAttribute('aria-busy')).toBe('false');
    await harness.screenshot('urdu-reports');
  });
});
