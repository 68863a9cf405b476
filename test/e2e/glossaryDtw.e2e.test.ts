import { copyFileSync, mkdirSync, truncateSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModelManager } from '../../electron/engine/transcription/models/manager';
import { findCatalogueModel } from '../../shared/model/whisperModels';
import { haveSharedFixtures, sharedFixture } from '../support/sharedFixtures';
import { screenshotDir, startHarness, type Harness } from './support/harness';
import { seedSessionWithTranscript, type SeededSession } from './support/seed';

// The workspace glossary is one document for every window: a term added in Settings in one window reaches the
// transcribe form's prompt in another without a reload (workspace.changed, kind 'glossary'). The form's
// "Precise word times (DTW)" switch says why it is off for a model whose alignment heads are not known.
let harness: Harness;
let second: Page;
let seeded: SeededSession;

async function openTranscribeForm(page: Page) {
  await page.getByTestId('session-item').first().click();
  const item = page.getByTestId('media-item').first();
  await expect.poll(() => item.getAttribute('data-status'), { timeout: 30_000 }).toBe('ready');
  await item.getByTestId('transcribe-button').click();
  const form = item.getByTestId('transcribe-form');
  await form.getByTestId('transcribe-prompt').waitFor();
  return form;
}

const shoot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });

beforeAll(async () => {
  if (!haveSharedFixtures()) return;
  harness = await startHarness();
  seeded = await seedSessionWithTranscript(harness, {
    title: 'Karachi dialogue ۲۰۲۶',
    durationS: 4,
    lenient: true,
  });
  // An imported model (from the workspace's uploads, as the page would): not from the catalogue.
  const uploaded = path.join(harness.engine.workspacePath, 'uploads', 'models', 'for-tests-ggml-tiny.bin');
  mkdirSync(path.dirname(uploaded), { recursive: true });
  copyFileSync(sharedFixture('models/for-tests-ggml-tiny.bin'), uploaded);
  await harness.engine.api['models.import']({ path: uploaded });
  // A catalogue model for the form: the tiny test model's header and vocabulary under ggml-tiny.bin, padded (sparse)
  // to the catalogue's size, so it lists as tiny ("not verified"). Never run: whisper could not load its weights.
  const catalogueTiny = path.join(
    ModelManager.forConfigDir(path.join(harness.root, 'config')).folder,
    'ggml-tiny.bin',
  );
  mkdirSync(path.dirname(catalogueTiny), { recursive: true });
  copyFileSync(sharedFixture('models/for-tests-ggml-tiny.bin'), catalogueTiny);
  truncateSync(catalogueTiny, findCatalogueModel('tiny')!.bytes);
  await harness.page.reload();
  second = await harness.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await second.goto(harness.server.openUrl);
});

afterAll(async () => {
  await second?.close();
  await harness?.close();
});

describe.runIf(haveSharedFixtures())('workspace glossary and DTW in the transcribe form', () => {
  it('a term added in one window’s Settings appears in the other window’s prompt, without a reload', async () => {
    const { page } = harness;
    const form = await openTranscribeForm(second);
    const prompt = form.getByTestId('transcribe-prompt');
    await expect.poll(() => prompt.inputValue()).toBe('Karachi dialogue ۲۰۲۶');
    await second.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

    await page.getByTestId('settings-button').click();
    const glossary = page.getByTestId('glossary-section');
    await glossary.getByTestId('glossary-input').fill('Media Baithak');
    await glossary.getByTestId('glossary-add').click();
    await expect
      .poll(() => glossary.getByTestId('glossary-term').allTextContents())
      .toEqual(['Media Baithak×']);
    await glossary.getByTestId('glossary-input').fill(' گفتگو ');
    await glossary.getByTestId('glossary-input').press('Enter');
    await expect
      .poll(() => glossary.getByTestId('glossary-term').allTextContents())
      .toEqual(['Media Baithak×', 'گفتگو×']);
    expect(await harness.engine.api['glossary.list']({})).toEqual({ terms: ['Media Baithak', 'گفتگو'] });

    // The other window: the session's name first, then the glossary, and still the same page.
    await expect.poll(() => prompt.inputValue()).toBe('Karachi dialogue ۲۰۲۶, Media Baithak, گفتگو');
    expect(await second.evaluate(() => (window as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(
      true,
    );
    await glossary.scrollIntoViewIfNeeded();
    await harness.screenshot('settings-glossary-en');
  });

  it('the DTW switch is off by default; with a catalogue model it can be turned on, and it says what it costs', async () => {
    const form = second.getByTestId('transcribe-form');
    await form.getByTestId('transcribe-model').selectOption('ggml-tiny.bin');
    const dtw = form.getByTestId('transcribe-dtw');
    await expect.poll(() => dtw.isEnabled()).toBe(true);
    expect(await dtw.isChecked()).toBe(false);
    expect(await form.getByTestId('transcribe-dtw-note').textContent()).toBe(
      'Slower: whisper runs without flash attention, so encoding takes about 1.3–1.5× as long.',
    );
    await dtw.check();
    expect(await dtw.isChecked()).toBe(true);
    await form.scrollIntoViewIfNeeded();
    await shoot(second, 'transcribe-form-dtw-on-en');
    expect(await harness.engine.api['transcripts.dtwSupport']({ model: 'tiny' })).toMatchObject({
      available: true,
      preset: 'tiny',
    });
    await form.getByTestId('transcribe-model').selectOption('for-tests-ggml-tiny.bin');
  });

  it('the DTW switch says why it cannot be used with an imported model', async () => {
    const form = second.getByTestId('transcribe-form');
    const dtw = form.getByTestId('transcribe-dtw');
    await expect.poll(() => dtw.isDisabled()).toBe(true);
    // It was on for the catalogue model: never shown on (nor sent) for a model that cannot have it.
    expect(await dtw.isChecked()).toBe(false);
    await expect
      .poll(() => form.getByTestId('transcribe-dtw-note').textContent())
      .toBe('Not for this model: the alignment DTW needs is known only for models from the catalogue.');
    expect(await dtw.isDisabled()).toBe(true);
    expect(
      await harness.engine.api['transcripts.dtwSupport']({ model: 'for-tests-ggml-tiny.bin' }),
    ).toMatchObject({
      available: false,
      refusal: 'unknown-model',
      version: expect.stringMatching(/^1\.9\./),
    });
    // The engine refuses it too, before anything is queued, with a code the app words.
    const refused = await harness.engine.api['transcripts.start']({
      sessionId: seeded.sessionId,
      mediaId: seeded.mediaId,
      model: 'for-tests-ggml-tiny.bin',
      language: 'en',
      dtw: true,
    }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ key: 'dtw-unknown-model', field: 'dtw' });
    expect(await harness.engine.api['jobs.list']({})).toHaveLength(1);
    await form.scrollIntoViewIfNeeded();
    await shoot(second, 'transcribe-form-dtw-glossary-en');
  });

  it('in Urdu: the same form and glossary, worded in Urdu; a removed term leaves the other prompt', async () => {
    const { page } = harness;
    await second.getByTestId('language-toggle').click();
    const form = second.getByTestId('transcribe-form');
    await expect
      .poll(() => form.getByTestId('transcribe-dtw-note').textContent())
      .toBe('اس ماڈل کے لیے نہیں: DTW کی ترتیب صرف فہرست کے ماڈلوں کے لیے معلوم ہے۔');
    expect(await form.getByTestId('transcribe-dtw-field').textContent()).toContain(
      'الفاظ کے درست اوقات (DTW)',
    );
    await shoot(second, 'transcribe-form-dtw-glossary-ur');

    const glossary = page.getByTestId('glossary-section');
    await page.getByTestId('settings-close').click();
    await page.getByTestId('language-toggle').click();
    await page.getByTestId('settings-button').click();
    await expect.poll(() => glossary.locator('h3').textContent()).toBe('ورک اسپیس کی فرہنگ');
    await glossary.getByTestId('glossary-input').fill('امن dialogue 2026،');
    await glossary.getByTestId('glossary-add').click();
    await expect.poll(() => glossary.getByTestId('glossary-term').count()).toBe(3);
    await glossary.scrollIntoViewIfNeeded();
    await harness.screenshot('settings-glossary-ur');

    await glossary.getByRole('button', { name: 'Media Baithak ہٹائیں' }).click();
    await expect
      .poll(() => form.getByTestId('transcribe-prompt').inputValue())
      .toBe('Karachi dialogue ۲۰۲۶, گفتگو, امن dialogue 2026،');
  });
});
