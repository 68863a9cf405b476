import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMedia } from '../support/makeMedia';
import { waitForJobs } from '../support/waitForJobs';
import { startHarness, type Harness } from './support/harness';

// Issue 13 (layout): the session pane scrolled sideways with long file names; the 16:9 preview overflowed
// the clip dialog; in Urdu the export buttons fell below the dialog.
let harness: Harness;
const longName = `${'Karachi-University-dialogue-on-water-and-tolerance-'.repeat(3)}interview-final.mp4`;

beforeAll(async () => {
  harness = await startHarness();
  const { api } = harness.engine;
  const sessionId = (await api['sessions.create']({ title: 'Layout' })).id;
  const video = makeMedia(path.join(harness.root, 'footage'), longName, {
    durationS: 3,
    width: 640,
    height: 360,
  });
  const { jobIds } = await api['media.import']({ sessionId, paths: [video] });
  await waitForJobs(harness.engine, jobIds);
  const mediaId = (await api['sessions.get']({ sessionId })).session.media[0]?.id ?? '';
  await api['clips.save']({
    sessionId,
    clip: { mediaId, startMs: 0, endMs: 2_000, title: 'پانی کی کمی، Karachi میں 3 سال سے۔' },
  });
  await harness.page.reload();
  await harness.page.getByTestId('session-item').first().click();
  await harness.page.getByTestId('clips-section').waitFor();
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

const overflowX = (harness: Harness, selector: string) =>
  harness.page.evaluate((query) => {
    const element = document.querySelector(query);
    return element ? element.scrollWidth - element.clientWidth : -1;
  }, selector);

/** How far any of the dialog's own content reaches past the dialog's box (0 = all inside). */
const spill = (harness: Harness, testId: string) =>
  harness.page.evaluate((id) => {
    const dialog = document.querySelector(`[data-testid="${id}"]`);
    if (!dialog) return -1;
    const box = dialog.getBoundingClientRect();
    let worst = 0;
    for (const child of dialog.querySelectorAll(
      'video, img, canvas, button, .clip-preview, .preview-frame',
    )) {
      const rect = child.getBoundingClientRect();
      if (rect.width === 0) continue;
      worst = Math.max(worst, rect.right - box.right, box.left - rect.left);
    }
    return Math.round(worst);
  }, testId);

describe('Layout with long names, in English and Urdu', () => {
  for (const language of ['en', 'ur'] as const) {
    it(`keeps the session pane and the clip and export dialogs inside their width (${language})`, async () => {
      const { page } = harness;
      if (language === 'ur') {
        await page.getByTestId('language-toggle').click();
        await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      }
      // An empty New session says what is missing, and the message goes once a title is typed.
      await page.getByTestId('new-session-button').click();
      await page.getByTestId('new-session-blank').waitFor();
      expect(await overflowX(harness, '.main')).toBeLessThanOrEqual(0);
      await harness.screenshot(`layout-session-${language}`);
      await page.getByTestId('new-session-input').fill('a');
      expect(await page.getByTestId('new-session-blank').count()).toBe(0);
      await page.getByTestId('new-session-input').fill('');

      await page.getByTestId('clip-edit').first().click();
      await page.getByTestId('clip-editor').waitFor();
      await page.getByTestId('preview-preset').selectOption('x');
      await page.waitForTimeout(500);
      await harness.screenshot(`layout-clip-dialog-${language}`);
      await expect.poll(() => spill(harness, 'clip-editor')).toBeLessThanOrEqual(0);
      await page.getByTestId('clip-editor-close').click();

      await page.getByTestId('export-open').click();
      await page.getByTestId('export-dialog').waitFor();
      await harness.screenshot(`layout-export-dialog-${language}`);
      await expect.poll(() => spill(harness, 'export-dialog')).toBeLessThanOrEqual(0);
      // The Export button is in sight without scrolling the dialog.
      const start = await page.getByTestId('export-start').boundingBox();
      const dialog = await page.getByTestId('export-dialog').boundingBox();
      expect((start?.y ?? Infinity) + (start?.height ?? 0)).toBeLessThanOrEqual(
        (dialog?.y ?? 0) + (dialog?.height ?? 0),
      );
      await page.getByTestId('export-dialog-close').click();
    });
  }
});
