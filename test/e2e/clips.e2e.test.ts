import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInPresets } from '../../shared/export/presets';
import { haveSharedFixtures } from '../support/sharedFixtures';
import { startHarness, type Harness } from './support/harness';
import { interviewTranslationSrt, seedSessionWithTranscript } from './support/seed';

let harness: Harness;
let sessionId = '';
const ids = { ayesha: '', sana: '' };

/** Text as read: white space collapsed, bidi isolates dropped. */
const text = async (locator: Locator) =>
  ((await locator.textContent()) ?? '')
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Selects the text of the transcript's cues `from`..`to` (0-based), as a mouse drag would. */
async function selectCues(from: number, to: number): Promise<void> {
  await harness.page.evaluate(
    ([first, last]) => {
      const list = document.querySelector('[data-testid="transcript"] [data-testid="cue-list"]');
      const texts = list ? [...list.querySelectorAll('.cue-text')] : [];
      const start = texts[first as number];
      const end = texts[last as number];
      if (!start || !end) throw new Error('cues not found');
      const range = document.createRange();
      range.setStart(start, 0);
      range.setEnd(end, end.childNodes.length);
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    },
    [from, to],
  );
}

/** Makes a clip of cues from..to in the UI with the given speaker; returns its row. */
async function clipFromCues(from: number, to: number, speaker: string): Promise<Locator> {
  const { page } = harness;
  const before = await page.getByTestId('clip-row').count();
  await selectCues(from, to);
  const button = page.getByTestId('clip-from-selection');
  await expect.poll(() => button.isEnabled()).toBe(true);
  await button.click();
  const editor = page.getByTestId('clip-editor');
  await editor.waitFor();
  await editor.getByTestId('clip-speaker').selectOption({ label: speaker });
  await editor.getByTestId('clip-hashtags').fill('PeaceTalks, campus');
  await editor.getByTestId('clip-save').click();
  await editor.waitFor({ state: 'detached' });
  await expect.poll(() => page.getByTestId('clip-row').count()).toBe(before + 1);
  return page.getByTestId('clip-row').nth(before);
}

/** Runs the export dialog for the clip (only) and the three presets; returns the dialog. */
async function openExport(clipTitle: string): Promise<Locator> {
  const { page } = harness;
  await page.getByTestId('export-open').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.waitFor();
  for (const row of await dialog.getByTestId('export-clip').all()) {
    const checkbox = row.locator('input');
    if ((await text(row)).includes(clipTitle) !== (await checkbox.isChecked())) await checkbox.click();
  }
  for (const presetId of ['test-vertical', 'test-wide', 'master'])
    await dialog.locator(`[data-testid="export-preset"][data-preset-id="${presetId}"] input`).check();
  return dialog;
}

async function waitForBatch(count: number): Promise<Locator> {
  const { page } = harness;
  await expect.poll(() => page.getByTestId('export-batch').count(), { timeout: 20_000 }).toBe(count);
  const batch = page.getByTestId('export-batch').first();
  await expect
    .poll(() => batch.getAttribute('data-state'), { timeout: 150_000, interval: 500 })
    .toBe('succeeded');
  return batch;
}

beforeAll(async () => {
  harness = await startHarness();
  const api = harness.engine.api;
  // Tiny platform presets keep the real ffmpeg runs quick; the master copy is the source size (640×360).
  const reels = builtInPresets.find((preset) => preset.id === 'reels');
  const x = builtInPresets.find((preset) => preset.id === 'x');
  if (!reels || !x) throw new Error('built-in presets missing');
  await api['presets.save']({
    preset: {
      ...reels,
      id: 'test-vertical',
      name: 'Test vertical (9:16)',
      widthPx: 270,
      heightPx: 480,
      safeZone: { topPx: 67, bottomPx: 168, leftPx: 16, rightPx: 16 },
    },
  });
  await api['presets.save']({
    preset: { ...x, id: 'test-wide', name: 'Test wide (16:9)', widthPx: 480, heightPx: 270 },
  });
  const seeded = await seedSessionWithTranscript(harness, {
    title: 'Campus dialogue',
    durationS: 12,
    lenient: true,
  });
  sessionId = seeded.sessionId;
  const { mediaId } = seeded;
  const english = path.join(harness.root, 'interview.en.srt');
  writeFileSync(english, interviewTranslationSrt);
  await api['subtitles.import']({ sessionId, mediaId, path: english, language: 'en' });
  const consent = (scope: 'publish-named' | 'internal') => ({ scope, date: '2025-11-02', formRef: 'KU-1' });
  ids.ayesha = (
    await api['participants.add']({
      sessionId,
      participant: {
        name: 'Ayesha Khan',
        gender: 'woman',
        consent: consent('publish-named'),
        mediaIds: [mediaId],
      },
    })
  ).participant.id;
  ids.sana = (
    await api['participants.add']({
      sessionId,
      participant: {
        name: 'Sana Baloch',
        gender: 'woman',
        consent: consent('internal'),
        mediaIds: [mediaId],
      },
    })
  ).participant.id;
  await harness.page.reload();
  await harness.page.getByTestId('session-item').first().click();
  await harness.page.getByTestId('clips-section').waitFor();
});

afterAll(async () => {
  await harness?.close();
});

describe.runIf(haveSharedFixtures())('Clips and batch export in browser mode', () => {
  it('makes a clip from selected cues, with a speaker, a caption style and a live preview', async () => {
    const { page } = harness;
    await page.getByTestId('cue').first().waitFor();
    const row = await clipFromCues(0, 1, 'Ayesha Khan');
    expect(await text(row.getByTestId('clip-row-speaker'))).toBe('Ayesha Khan');
    // Snapped to the cues' edges: 0.4 s to 7.1 s.
    expect(await text(row.getByTestId('clip-row-range'))).toBe('0:00–0:07');
    expect(await text(row.getByTestId('clip-row-tags'))).toContain('#PeaceTalks');
    const [clip] = (await harness.engine.api['clips.list']({ sessionId })).clips;
    expect(clip).toMatchObject({ speakerId: ids.ayesha, hashtags: ['#PeaceTalks', '#campus'] });
    expect(clip?.startMs).toBeLessThanOrEqual(400);
    expect(clip?.endMs).toBeGreaterThanOrEqual(7000);

    // A caption style: the bilingual one, saved as a named copy with a box.
    await page.getByTestId('caption-style-select').selectOption('urdu-english');
    await page.getByTestId('caption-style-edit').click();
    const style = page.getByTestId('style-dialog');
    await style.getByTestId('style-name').fill('Campus captions');
    await style.getByTestId('style-box').check();
    // The dialog says which Urdu font this ffmpeg burns (Nastaliq only with HarfBuzz).
    expect(await text(style.getByTestId('style-font-note'))).toMatch(
      /burn in (Naskh|Nastaliq) with this ffmpeg/,
    );
    await style.getByTestId('style-font').selectOption('nastaliq');
    const shaper = await style.getByTestId('style-font-note').getAttribute('data-shaper');
    if (shaper !== 'harfbuzz')
      expect(await text(style.getByTestId('style-font-note'))).toMatch(
        /burn in Naskh instead of empty boxes/,
      );
    await harness.screenshot('style-dialog-en');
    await style.getByTestId('style-font').selectOption('auto');
    await style.getByTestId('style-save-new').click();
    await style.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('caption-style-select').inputValue()).toBe('campus-captions');
    const styles = (await harness.engine.api['clips.list']({ sessionId })).styles;
    expect(styles.find((item) => item.id === 'campus-captions')).toMatchObject({
      box: true,
      secondaryLanguage: 'en',
    });

    await row.getByTestId('clip-preview-button').click();
    const editor = page.getByTestId('clip-editor');
    const preview = editor.getByTestId('clip-preview');
    await preview.waitFor();
    await editor.getByTestId('preview-preset').selectOption('test-vertical');
    await expect
      .poll(() => text(preview.getByTestId('preview-primary')), { timeout: 10_000 })
      .toContain('عائشہ');
    expect(await text(preview.getByTestId('preview-secondary'))).toContain('My name is Ayesha');
    expect(await preview.getByTestId('preview-primary').getAttribute('dir')).toBe('rtl');
    expect(await preview.locator('.preview-frame').getAttribute('data-aspect')).toBe('270x480');
    // The crop band follows a drag on the source video: to the right edge.
    const overlay = editor.getByTestId('focus-overlay');
    const box = await overlay.boundingBox();
    if (!box) throw new Error('no focus overlay');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect
      .poll(async () => Number(await editor.getByTestId('focus-band').getAttribute('data-focus-x')))
      .toBe(1);
    expect(await editor.getByTestId('clip-reframe').inputValue()).toBe('crop');
    await harness.screenshot('clip-preview-en');
    // The preview that is the burn: the frame at the playhead through the export's ffmpeg and ASS path.
    await editor.getByTestId('burn-preview-render').click();
    const still = editor.getByTestId('burn-preview-still');
    await still.waitFor({ timeout: 60_000 });
    expect(await still.getAttribute('data-caption-font')).toMatch(/^Noto (Naskh Arabic|Nastaliq Urdu) \(/);
    await still.scrollIntoViewIfNeeded();
    await harness.screenshot('clip-burn-preview-en');
    await editor.getByTestId('clip-save').click();
    await editor.waitFor({ state: 'detached' });
    const saved = (await harness.engine.api['clips.list']({ sessionId })).clips[0];
    expect(saved?.reframe).toEqual({ mode: 'crop', focusX: 1 });
  });

  it('exports the clip for three platforms with real ffmpeg and lists the files', async () => {
    const { page } = harness;
    const dialog = await openExport('');
    expect(await text(dialog.getByTestId('export-template-example'))).toMatch(
      /Campus-dialogue_Ayesha-Khan_test-vertical_1\.mp4/,
    );
    expect(await dialog.getByTestId('export-loudness').isChecked()).toBe(true);
    expect(await dialog.getByTestId('export-start').isDisabled()).toBe(true);
    await dialog.getByTestId('export-srt').check();
    await dialog.getByTestId('export-check').click();
    await dialog.getByTestId('export-all-clear').waitFor();
    await dialog.getByTestId('export-start').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('[data-testid="job-item"]').count()).toBeGreaterThanOrEqual(3);
    const batch = await waitForBatch(1);
    const files = await batch.getByTestId('export-file').allTextContents();
    expect(files.sort()).toEqual([
      'Campus-dialogue_Ayesha-Khan_master_1.mp4',
      'Campus-dialogue_Ayesha-Khan_test-vertical_1.mp4',
      'Campus-dialogue_Ayesha-Khan_test-wide_1.mp4',
    ]);
    expect(await batch.getByTestId('export-size').count()).toBe(3);
    expect(await text(batch.getByTestId('export-folder'))).toContain(path.join('exports'));
    await batch.scrollIntoViewIfNeeded();
    await harness.screenshot('exports-en');
  });

  it('refuses a clip whose speaker consented to internal use only, until an override with a reason', async () => {
    const row = await clipFromCues(2, 2, 'Sana Baloch');
    const clipId = (await row.getAttribute('data-clip-id')) ?? '';
    await expect(
      harness.engine.api['export.start']({ sessionId, clipIds: [clipId], presetIds: ['test-wide'] }),
    ).rejects.toThrow(/Sana Baloch|consent/i);

    // The clip editor shows the refusal while the clip is edited, before any export.
    await row.getByTestId('clip-preview-button').click();
    const editor = harness.page.getByTestId('clip-editor');
    const consent = editor.getByTestId('clip-consent');
    await expect.poll(() => consent.getAttribute('data-state')).toBe('refused');
    expect(await text(consent.getByTestId('clip-consent-refusal'))).toBe(
      'Sana Baloch (internal use only) is heard in this clip, so it cannot be published.',
    );
    await consent.scrollIntoViewIfNeeded();
    await harness.screenshot('clip-consent-en');
    await editor.getByTestId('clip-editor-close').click();

    const title = await text(row.getByTestId('clip-row-title'));
    const dialog = await openExport(title);
    await dialog.getByTestId('export-check').click();
    const block = dialog.getByTestId('consent-block');
    await block.waitFor();
    expect(await text(block.getByTestId('consent-message'))).toMatch(/Sana Baloch/);
    expect(await dialog.getByTestId('export-start').isDisabled()).toBe(true);
    // Skipping refused clips leaves nothing to export here, so Start stays off.
    await dialog.getByTestId('export-skip-refused').locator('input').check();
    expect(await dialog.getByTestId('export-start').isDisabled()).toBe(true);
    await dialog.getByTestId('export-skip-refused').locator('input').uncheck();
    await block.getByTestId('override-open').click();
    await block.getByTestId('override-reason').fill('too short');
    expect(await block.getByTestId('override-confirm').isDisabled()).toBe(true);
    await block.getByTestId('override-too-short').waitFor();
    await block.scrollIntoViewIfNeeded();
    await harness.screenshot('export-refused-en');

    await block
      .getByTestId('override-reason')
      .fill('Sana agreed on the phone on 3 Nov; the signed form follows.');
    await block.getByTestId('override-confirm').click();
    await block.getByTestId('override-recorded').waitFor();
    await expect.poll(() => dialog.getByTestId('export-start').isEnabled()).toBe(true);
    await dialog.getByTestId('export-start').click();
    await dialog.waitFor({ state: 'detached' });
    const batch = await waitForBatch(2);
    expect(await batch.getByTestId('export-record').count()).toBe(3);

    const report = await harness.engine.api['reports.get']({});
    const byPlatform = Object.fromEntries(report.clips.byPlatform.map((line) => [line.platform, line.count]));
    expect(byPlatform).toMatchObject({ 'test-vertical': 2, 'test-wide': 2, master: 2 });
    expect(report.clips.total).toBe(6);
  });

  it('shows the clips in Urdu, right to left', async () => {
    const { page } = harness;
    await page.getByTestId('language-toggle').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expect.poll(() => text(page.getByTestId('clips-section').locator('h3').first())).toBe('کلپس');
    await page.getByTestId('clips-section').scrollIntoViewIfNeeded();
    await harness.screenshot('clips-ur');
    await page.getByTestId('clip-row').first().getByTestId('clip-preview-button').click();
    await page.getByTestId('clip-editor').getByTestId('preview-primary').waitFor();
    await harness.screenshot('clip-preview-ur');
    await page.getByTestId('clip-editor').getByTestId('burn-preview-render').click();
    await page.getByTestId('burn-preview-still').waitFor({ timeout: 60_000 });
    await page.getByTestId('burn-preview-still').scrollIntoViewIfNeeded();
    await harness.screenshot('clip-burn-preview-ur');
    await page.getByTestId('clip-editor-close').click();
    // Sana's clip: the consent refusal in Urdu.
    await page.getByTestId('clip-row').nth(1).getByTestId('clip-preview-button').click();
    const consent = page.getByTestId('clip-editor').getByTestId('clip-consent');
    await expect.poll(() => consent.getAttribute('data-state')).toBe('refused');
    expect(await text(consent.getByTestId('clip-consent-refusal'))).toContain('Sana Baloch');
    await consent.scrollIntoViewIfNeeded();
    await harness.screenshot('clip-consent-ur');
    await page.getByTestId('clip-editor-close').click();
    // The export dialog in Urdu: Sana's clip refused (worded in Urdu), with "skip refused clips".
    const dialog = await openExport(
      await text(page.getByTestId('clip-row').nth(1).getByTestId('clip-row-title')),
    );
    await dialog.getByTestId('export-skip-refused').waitFor();
    await expect.poll(() => dialog.getByTestId('consent-block').count()).toBeGreaterThan(0);
    expect(await text(dialog.getByTestId('consent-message').first())).toContain('Sana Baloch');
    await dialog.getByTestId('export-skip-refused').scrollIntoViewIfNeeded();
    await harness.screenshot('export-dialog-ur');
    await page.getByTestId('export-dialog-close').click();
    await page.getByTestId('language-toggle').click();
  });

  it('marks in and out with I and O in the transcript editor and makes a clip', async () => {
    const { page } = harness;
    const before = (await harness.engine.api['clips.list']({ sessionId })).clips.length;
    await page.getByTestId('edit-subtitles').first().click();
    const video = page.getByTestId('editor-video');
    await expect
      .poll(() => video.evaluate((element: HTMLVideoElement) => element.readyState))
      .toBeGreaterThanOrEqual(1);
    await page.getByTestId('editor-clip-marks').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('i');
    await video.evaluate((element: HTMLVideoElement) => {
      element.currentTime = 3.3;
    });
    await expect.poll(() => text(page.getByTestId('editor-marks'))).toMatch(/^0:00\.0 → –$/);
    await expect
      .poll(async () => {
        await page.keyboard.press('o');
        return text(page.getByTestId('editor-marks'));
      })
      .toBe('0:00.0 → 0:03.3');
    await page.getByTestId('editor-make-clip').click();
    await page.getByTestId('editor-clip-message').waitFor();
    const clips = (await harness.engine.api['clips.list']({ sessionId })).clips;
    expect(clips.length).toBe(before + 1);
    // Snapped to the end of the first cue (3.2 s).
    expect(clips[before]?.endMs).toBe(3200);
    await page.getByTestId('editor-back').click();
    await expect.poll(() => page.getByTestId('clip-row').count()).toBe(before + 1);
  });
});
