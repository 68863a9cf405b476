import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedFixture, haveSharedFixtures } from '../support/sharedFixtures';
import { startHarness, type Harness } from './support/harness';

let harness: Harness;

/** A local port nothing listens on: a download from it fails at once, as with no internet. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('No port');
  return address.port;
}

/** ../shared/fixtures: skipped here without them, a failure in CI. */
const fixturesHere = haveSharedFixtures();

beforeAll(async () => {
  if (!fixturesHere) return;
  // Downloads must fail fast and the same way everywhere (CI may have the internet): a closed local port.
  process.env['GUFTAGU_MODEL_BASE_URL'] = `http://127.0.0.1:${await closedPort()}/models`;
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe.runIf(fixturesHere)('Transcription in browser mode, against the real engine and whisper', () => {
  it('offers model downloads when none is installed; a failed download shows in Jobs with its hint', async () => {
    const { page } = harness;
    await page.getByTestId('new-session-input').fill('JFK address');
    await page.getByTestId('new-session-input').press('Enter');
    await expect.poll(() => page.getByTestId('session-title').textContent()).toBe('JFK address');

    await page.getByTestId('import-input').setInputFiles(sharedFixture('audio/jfk.wav'));
    const item = page.getByTestId('media-item').first();
    await item.waitFor();
    await expect.poll(() => item.getAttribute('data-status'), { timeout: 60_000 }).toBe('ready');

    await item.getByTestId('transcribe-button').click();
    const form = item.getByTestId('transcribe-form');
    await form.getByTestId('no-model').waitFor();
    const offers = form.getByTestId('model-offer');
    expect(await offers.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-model-id')))).toEqual([
      'small',
      'base',
    ]);
    expect(await offers.first().textContent()).toContain('488 MB');
    expect(await offers.nth(1).textContent()).toContain('148 MB');
    expect(await form.getByTestId('transcribe-start').count()).toBe(0);

    await offers.nth(1).getByTestId('model-offer-download').click();
    const failed = page.locator('[data-testid="job-item"][data-state="failed"]');
    await failed.first().waitFor({ timeout: 30_000 });
    const error = await failed.first().getByTestId('job-error').textContent();
    expect(error).toContain('ggml-base.bin');
    expect(error).toMatch(/Check the internet connection/);
    await expect.poll(() => offers.nth(1).getByTestId('model-offer-download').isEnabled()).toBe(true);
    await form.getByTestId('transcribe-close').scrollIntoViewIfNeeded();
    await harness.screenshot('transcribe-no-model-en');
  });

  it('imports a model file through the Models dialog', async () => {
    const { page } = harness;
    await page.getByTestId('models-button').click();
    const panel = page.getByTestId('models-panel');
    await panel.getByTestId('model-import-input').waitFor();
    expect(await panel.getByTestId('catalogue-model').count()).toBeGreaterThan(10);
    // Browser mode reads files only from the workspace or its uploads (the page cannot name other paths).
    const uploaded = path.join(harness.engine.workspacePath, 'uploads', 'models', 'for-tests-ggml-tiny.bin');
    mkdirSync(path.dirname(uploaded), { recursive: true });
    copyFileSync(sharedFixture('models/for-tests-ggml-tiny.bin'), uploaded);
    await panel.getByTestId('model-import-input').fill(uploaded);
    await panel.getByTestId('model-import-button').click();
    const installed = panel.locator('[data-testid="installed-model"][data-model-id="for-tests-ggml-tiny"]');
    await installed.waitFor();
    expect(await installed.getByTestId('installed-model-verification').textContent()).toBe('not verified');
    expect(await panel.getByTestId('models-disk-use').textContent()).toBe('575 KB');
    await harness.screenshot('models-en');
    await panel.getByTestId('models-close').click();
    await expect.poll(() => panel.isVisible()).toBe(false);
  });

  it('transcribes with the real whisper binary and says that no speech was found', async () => {
    const { page } = harness;
    const item = page.getByTestId('media-item').first();
    const form = item.getByTestId('transcribe-form');
    await form.getByTestId('transcribe-model').waitFor();
    expect(await form.getByTestId('transcribe-model').inputValue()).toBe('for-tests-ggml-tiny.bin');
    expect(await form.getByTestId('model-verification').textContent()).toBe('not verified');

    await form.getByTestId('transcribe-language').selectOption('ur');
    expect(await form.getByTestId('transcribe-advice').textContent()).toMatch(
      /Urdu needs at least the small model/,
    );
    await form.getByTestId('transcribe-language').selectOption('pa');
    expect(await form.getByTestId('punjabi-note').textContent()).toMatch(/Gurmukhi.*Shahmukhi/);
    await form.getByTestId('transcribe-language').selectOption('en');
    expect(await form.getByTestId('transcribe-advice').count()).toBe(0);

    // Skip silence defaults to automatic; the prompt starts as the session's vocabulary and can be edited.
    expect(await form.getByTestId('transcribe-vad').inputValue()).toBe('auto');
    const [listed] = await harness.engine.api['sessions.list']({});
    await expect
      .poll(() => form.getByTestId('transcribe-prompt').inputValue())
      .toContain(listed?.title ?? '?');
    await form.getByTestId('transcribe-prompt').fill('Media Baithak, Ayesha Khan');
    await form.getByTestId('transcribe-vad').selectOption('off');
    await harness.screenshot('transcribe-form-en');

    await form.getByTestId('transcribe-start').click();
    await expect.poll(() => item.getByTestId('transcribe-form').count()).toBe(0);
    const job = page.locator('[data-testid="job-item"]').first();
    // Job labels wrap file names in Unicode isolates (so Urdu names keep their order); compare without them.
    expect((await job.textContent())?.replace(/[\u2066-\u2069]/g, '')).toMatch(/Transcribe jfk\.wav/);
    await expect.poll(() => job.getAttribute('data-state'), { timeout: 120_000 }).toBe('succeeded');

    await item.getByTestId('no-speech').waitFor({ timeout: 10_000 });
    expect(await item.getByTestId('no-speech').textContent()).toMatch(
      /No speech was found in this recording/,
    );
    expect(await item.getByTestId('cue-list').count()).toBe(0);

    const [session] = await harness.engine.api['sessions.list']({});
    const view = await harness.engine.api['sessions.get']({ sessionId: session?.id ?? '' });
    const mediaId = view.session.media[0]?.id ?? '';
    const { transcript } = await harness.engine.api['transcripts.get']({
      sessionId: session?.id ?? '',
      mediaId,
    });
    expect(transcript?.model).toBe('for-tests-ggml-tiny.bin');
    expect(transcript?.tracks.every((track) => track.cues.length === 0)).toBe(true);
    await item.getByTestId('no-speech').scrollIntoViewIfNeeded();
    await harness.screenshot('transcribe-no-speech-en');
  });

  it('shows the transcript and the form in Urdu, right to left', async () => {
    const { page } = harness;
    await page.getByTestId('language-toggle').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const item = page.getByTestId('media-item').first();
    expect(await item.getByTestId('no-speech').textContent()).toContain('کوئی بات چیت نہیں ملی');
    await item.getByTestId('transcribe-button').click();
    const form = item.getByTestId('transcribe-form');
    await form.getByTestId('transcribe-language').selectOption('ur');
    expect(await form.getByTestId('transcribe-advice').textContent()).toContain('small');
    expect(await form.getByTestId('transcribe-start').textContent()).toBe('شروع کریں');
    expect(await form.getByTestId('transcribe-vad').locator('option:checked').textContent()).toContain(
      'خودکار',
    );
    await item.getByTestId('no-speech').scrollIntoViewIfNeeded();
    await harness.screenshot('transcribe-ur');
  });
});
