import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { haveSharedFixtures, sharedFixture } from '../support/sharedFixtures';
import { startHarness, type Harness } from './support/harness';

let harness: Harness;
/** ../shared/fixtures: skipped here without them, a failure in CI. */
const fixturesHere = haveSharedFixtures();

beforeAll(async () => {
  if (!fixturesHere) return;
  harness = await startHarness();
  for (const size of ['tiny', 'base'])
    await harness.engine.api['models.import']({ path: sharedFixture(`models/for-tests-ggml-${size}.bin`) });
  await harness.page.reload();
});

afterAll(async () => {
  await harness?.close();
});

/** Starts a transcription from the form and watches the job row until it has shown a moving percent and a time left. */
async function transcribeAndWatch(page: Page, screenshot: string) {
  const item = page.getByTestId('media-item').first();
  await item.getByTestId('transcribe-button').click();
  const form = item.getByTestId('transcribe-form');
  await form.getByTestId('transcribe-model').waitFor();
  await form.getByTestId('transcribe-language').selectOption('en');
  await form.getByTestId('transcribe-start').click();
  const job = page.locator('[data-testid="job-item"][data-state="running"]').first();
  await job.waitFor({ timeout: 60_000 });
  const seen: { percent: number; eta: string }[] = [];
  let shot = false;
  // Poll while it runs: the percent moves before whisper reports anything (the plan moves it).
  for (let tries = 0; tries < 600 && (await job.count()) > 0; tries += 1) {
    const percent = Number(
      (
        await job
          .locator('.job-percent')
          .textContent()
          .catch(() => '')
      )?.replace('%', ''),
    );
    const eta =
      (await job
        .getByTestId('job-eta')
        .textContent({ timeout: 500 })
        .catch(() => null)) ?? '';
    if (eta && Number.isFinite(percent)) {
      seen.push({ percent, eta });
      if (!shot && percent > 0 && percent < 99) {
        await harness.screenshot(screenshot);
        shot = true;
      }
    }
    await page.waitForTimeout(200);
  }
  await expect
    .poll(() => page.locator('[data-testid="job-item"]').first().getAttribute('data-state'), {
      timeout: 120_000,
    })
    .toBe('succeeded');
  return { seen, shot };
}

describe.runIf(fixturesHere)(
  'Transcription progress in browser mode: from the start, with a time left',
  () => {
    it('the form recommends a model for the language and estimates the time on this computer', async () => {
      const { page } = harness;
      await page.getByTestId('new-session-input').fill('Progress');
      await page.getByTestId('new-session-input').press('Enter');
      await expect.poll(() => page.getByTestId('session-title').textContent()).toBe('Progress');
      await page.getByTestId('import-input').setInputFiles(sharedFixture('audio/jfk.wav'));
      const item = page.getByTestId('media-item').first();
      await item.waitFor();
      await expect.poll(() => item.getAttribute('data-status'), { timeout: 60_000 }).toBe('ready');

      await item.getByTestId('transcribe-button').click();
      const form = item.getByTestId('transcribe-form');
      await form.getByTestId('transcribe-language').selectOption('en');
      // base is good enough for English: recommended; the time is measured by a calibration run (real whisper).
      const recommended = form.getByTestId('recommended-model');
      await recommended.waitFor({ timeout: 60_000 });
      expect(await recommended.getAttribute('data-model')).toBe('for-tests-ggml-base');
      const time = form.getByTestId('transcribe-time-value');
      await expect.poll(() => time.getAttribute('data-source'), { timeout: 120_000 }).toBe('calibration');
      expect(await form.getByTestId('transcribe-time').textContent()).toMatch(
        /^Transcription time: (under a minute|about \d+ min) on this computer$/,
      );
      // Urdu needs small or larger: only tiny and base here, so the form says what to download.
      await form.getByTestId('transcribe-language').selectOption('ur');
      await expect
        .poll(() => form.getByTestId('recommended-download').textContent())
        .toBe('For Urdu, large-v3-turbo works best: download it in Models.');
      await form.getByTestId('transcribe-language').selectOption('en');
      await form.getByTestId('transcribe-time-value').waitFor();
      await harness.screenshot('transcribe-estimate-en');
      await form.getByTestId('transcribe-close').click();
    });

    it('the job row shows a moving percent and "about N min left" in English', async () => {
      const { seen, shot } = await transcribeAndWatch(harness.page, 'transcribe-progress-en');
      expect(shot).toBe(true);
      expect(seen.length).toBeGreaterThan(1);
      const percents = seen.map((entry) => entry.percent);
      expect(percents).toEqual([...percents].sort((a, b) => a - b));
      expect(new Set(percents).size).toBeGreaterThan(1);
      expect(percents.every((percent) => percent <= 99)).toBe(true);
      for (const { eta } of seen) expect(eta).toMatch(/^(less than a minute|about \d+(\.\d)? (min|h)) left$/);
    });

    it('and in Urdu', async () => {
      const { page } = harness;
      await page.getByTestId('language-toggle').click();
      const { seen, shot } = await transcribeAndWatch(page, 'transcribe-progress-ur');
      expect(shot).toBe(true);
      expect(seen.length).toBeGreaterThan(1);
      for (const { eta } of seen)
        expect(eta).toMatch(/^(ایک منٹ سے کم باقی|تقریباً \d+(\.\d)? (منٹ|گھنٹے) باقی)$/);
      const item = page.getByTestId('media-item').first();
      await item.getByTestId('transcribe-button').click();
      const form = item.getByTestId('transcribe-form');
      await form.getByTestId('transcribe-time-value').waitFor({ timeout: 60_000 });
      expect(await form.getByTestId('transcribe-time').textContent()).toMatch(/اس کمپیوٹر پر/);
      await harness.screenshot('transcribe-estimate-ur');
    });
  },
);
