import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VAD_BASE_URL_ENV, vadModel } from '../../shared/model/vadModels';
import { haveSharedFixtures, sharedFixture } from '../support/sharedFixtures';
import { startHarness, type Harness } from './support/harness';

let harness: Harness;
const fixturesHere = haveSharedFixtures();
const saved = { model: process.env['GUFTAGU_MODEL_BASE_URL'], vad: process.env[VAD_BASE_URL_ENV] };

/** A local port nothing listens on: a download from it fails at once, as with no internet. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('No port');
  return address.port;
}

beforeAll(async () => {
  if (!fixturesHere) return;
  const port = await closedPort();
  process.env['GUFTAGU_MODEL_BASE_URL'] = `http://127.0.0.1:${port}/models`;
  process.env[VAD_BASE_URL_ENV] = `http://127.0.0.1:${port}/vad`;
  delete process.env['GUFTAGU_VAD_MODEL'];
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
  for (const [name, value] of [
    ['GUFTAGU_MODEL_BASE_URL', saved.model],
    [VAD_BASE_URL_ENV, saved.vad],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

const uploadsLeft = () => {
  try {
    return readdirSync(harness.engine.uploadsPath);
  } catch {
    return [];
  }
};

describe.runIf(fixturesHere)('Models dialog in browser mode: upload a fine-tune, the VAD model', () => {
  it('shows the VAD model row, not installed, with a download that reports its failure', async () => {
    const { page } = harness;
    await page.getByTestId('models-button').click();
    const panel = page.getByTestId('models-panel');
    const vad = panel.getByTestId('vad-model');
    await vad.waitFor();
    expect(await vad.getAttribute('data-model-id')).toBe(vadModel.id);
    expect(await vad.getAttribute('data-state')).toBe('missing');
    expect(await vad.getByTestId('vad-model-state').textContent()).toBe('not installed');
    expect(await vad.textContent()).toMatch(/Skips silence/);
    await vad.getByTestId('vad-model-download').click();
    const failed = page.locator('[data-testid="job-item"][data-state="failed"]');
    await failed.first().waitFor({ timeout: 30_000 });
    expect(await failed.first().getByTestId('job-error').textContent()).toContain(vadModel.fileName);
    await expect.poll(() => vad.getByTestId('vad-model-download').isEnabled()).toBe(true);
  });

  it('uploads a model file with a name and languages; it appears in the dialog', async () => {
    const { page } = harness;
    const panel = page.getByTestId('models-panel');
    const upload = panel.getByTestId('model-upload');
    await upload.getByTestId('model-upload-name').fill('اردو small fine-tune، v2');
    await upload.getByTestId('model-upload-languages').fill('ur, EN');
    await upload
      .getByTestId('model-upload-file')
      .setInputFiles(sharedFixture('models/for-tests-ggml-small.bin'));
    const installed = panel.locator('[data-testid="installed-model"][data-model-id="for-tests-ggml-small"]');
    await installed.waitFor({ timeout: 60_000 });
    expect(await installed.getByTestId('installed-model-name').textContent()).toBe(
      'اردو small fine-tune، v2',
    );
    expect(await installed.getByTestId('installed-model-languages').getAttribute('data-languages')).toBe(
      'ur,en',
    );
    expect(await installed.getByTestId('installed-model-languages').textContent()).toBe(
      'Languages: Urdu, English',
    );
    expect(await upload.getByTestId('model-upload-done').textContent()).toContain('اردو small fine-tune، v2');
    // The form was cleared for the next file, and the server kept no copy in uploads/.
    expect(await upload.getByTestId('model-upload-name').inputValue()).toBe('');
    await expect.poll(uploadsLeft).toEqual([]);
    await panel.getByTestId('vad-model').scrollIntoViewIfNeeded();
    await harness.screenshot('models-upload-en');
  });

  it('refuses a file that is not a model with a clear message, and bad language codes before uploading', async () => {
    const { page } = harness;
    const panel = page.getByTestId('models-panel');
    const upload = panel.getByTestId('model-upload');
    const notes = path.join(harness.root, 'notes.bin');
    writeFileSync(notes, 'Interview notes، not a model ۱۲۳۔\n');
    await upload.getByTestId('model-upload-file').setInputFiles(notes);
    // Said inside the dialog (the app's error banner sits under a modal dialog).
    const failure = upload.getByTestId('model-upload-error');
    await failure.waitFor();
    expect(await failure.textContent()).toMatch(/not a whisper\.cpp ggml model file: notes\.bin/);

    await upload.getByTestId('model-upload-languages').fill('urdu');
    await upload
      .getByTestId('model-upload-file')
      .setInputFiles(sharedFixture('models/for-tests-ggml-base.bin'));
    await upload.getByTestId('model-upload-languages-invalid').waitFor();
    await upload.getByTestId('model-upload-languages').fill('');
    expect(await panel.getByTestId('installed-model').count()).toBe(1);
    await expect.poll(uploadsLeft).toEqual([]);

    // Import by path (a file already in uploads/): its refusal is said in the dialog too.
    const inUploads = path.join(harness.engine.uploadsPath, 'notes-in-uploads.bin');
    mkdirSync(harness.engine.uploadsPath, { recursive: true });
    writeFileSync(inUploads, 'not a model\n');
    await panel.getByTestId('model-import-input').fill(inUploads);
    await panel.getByTestId('model-import-button').click();
    const importFailure = panel.getByTestId('model-import-error');
    await importFailure.waitFor();
    expect(await importFailure.textContent()).toMatch(
      /not a whisper\.cpp ggml model file: notes-in-uploads\.bin/,
    );
    rmSync(inUploads);
  });

  it('shows upload progress and a cancelled upload adds nothing and leaves no file', async () => {
    const { page } = harness;
    const panel = page.getByTestId('models-panel');
    const upload = panel.getByTestId('model-upload');
    // Slow the page's uploads down so there is time to cancel (about 8 s for this file).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 64 * 1024,
    });
    const bigger = path.join(harness.root, 'slow-model.bin');
    writeFileSync(bigger, readFileSync(sharedFixture('models/for-tests-ggml-tiny.bin')));
    await upload.getByTestId('model-upload-file').setInputFiles(bigger);
    const progress = upload.getByTestId('model-upload-progress');
    await progress.waitFor();
    expect(await progress.textContent()).toMatch(/Uploading .*slow-model\.bin.* of 575 KB/);
    await upload.getByTestId('model-upload-cancel').click();
    await expect.poll(() => progress.count()).toBe(0);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    expect(await upload.getByTestId('model-upload-error').count()).toBe(0);
    await expect.poll(uploadsLeft, { timeout: 30_000 }).toEqual([]);
    const list = await harness.engine.api['models.list']({});
    expect(list.installed.map((model) => model.id)).toEqual(['for-tests-ggml-small']);
  });

  it('offers the uploaded model with its name and languages in the transcribe picker, and says VAD is missing', async () => {
    const { page } = harness;
    await page.getByTestId('models-close').click();
    await page.getByTestId('new-session-input').fill('Urdu fine-tune');
    await page.getByTestId('new-session-input').press('Enter');
    await expect.poll(() => page.getByTestId('session-title').textContent()).toBe('Urdu fine-tune');
    await page.getByTestId('import-input').setInputFiles(sharedFixture('audio/jfk.wav'));
    const item = page.getByTestId('media-item').first();
    await item.waitFor();
    await expect.poll(() => item.getAttribute('data-status'), { timeout: 60_000 }).toBe('ready');
    await item.getByTestId('transcribe-button').click();
    const form = item.getByTestId('transcribe-form');
    const picker = form.getByTestId('transcribe-model');
    await picker.waitFor();
    expect(await picker.locator('option:checked').textContent()).toMatch(
      /^اردو small fine-tune، v2 \(ur, en\) · 575 KB/,
    );
    expect(await form.getByTestId('transcribe-vad-missing').textContent()).toMatch(
      /VAD model not installed: silence will not be skipped/,
    );
    await form.getByTestId('transcribe-vad').selectOption('off');
    expect(await form.getByTestId('transcribe-vad-missing').count()).toBe(0);
    await form.getByTestId('transcribe-vad').selectOption('auto');
    await harness.screenshot('transcribe-picker-fine-tune-en');
  });

  it('shows the Models dialog in Urdu, right to left', async () => {
    const { page } = harness;
    await page.getByTestId('language-toggle').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.getByTestId('models-button').click();
    const panel = page.getByTestId('models-panel');
    const vad = panel.getByTestId('vad-model');
    await vad.waitFor();
    expect(await vad.getByTestId('vad-model-state').textContent()).toBe('موجود نہیں');
    const installed = panel.locator('[data-testid="installed-model"][data-model-id="for-tests-ggml-small"]');
    expect(await installed.getByTestId('installed-model-languages').textContent()).toBe(
      'زبانیں: اردو، انگریزی',
    );
    expect(await panel.getByTestId('model-upload').locator('h3').textContent()).toBe('ماڈل فائل اپ لوڈ کریں');
    await harness.screenshot('models-upload-ur');

    // Rename: a new name and one language; the list shows both at once.
    await installed.getByTestId('model-rename').click();
    const rename = installed.getByTestId('model-rename-form');
    await rename.getByTestId('model-rename-name').fill('اردو FT ۲۰۲۶');
    await rename.getByTestId('model-rename-languages').fill('ur');
    await rename.getByTestId('model-rename-save').click();
    await expect.poll(() => installed.getByTestId('installed-model-name').textContent()).toBe('اردو FT ۲۰۲۶');
    expect(await installed.getByTestId('installed-model-languages').textContent()).toBe('زبانیں: اردو');
    expect(await installed.getByTestId('model-rename-form').count()).toBe(0);
  });
});
