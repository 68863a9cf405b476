import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveSharedFixtures } from '../support/sharedFixtures';
import { startHarness, type Harness } from './support/harness';
import { seedSessionWithTranscript } from './support/seed';

// Issue 10: every document write is announced (workspace.changed with kind, sessionId, documentId), so a
// second window on the same server sees a clip added in the first without a reload.
let harness: Harness;
let second: Page;

async function openClips(page: Page): Promise<void> {
  await page.getByTestId('session-item').first().click();
  await page.getByTestId('clips-section').waitFor();
}

beforeAll(async () => {
  harness = await startHarness();
  await seedSessionWithTranscript(harness, { title: 'Two windows', durationS: 8, lenient: true });
  await harness.page.reload();
  await openClips(harness.page);
  second = await harness.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await second.goto(harness.server.openUrl);
  await openClips(second);
});

afterAll(async () => {
  await second?.close();
  await harness?.close();
});

describe.runIf(haveSharedFixtures())('two windows on one workspace', () => {
  it('a clip added in one window appears in the other without a reload', async () => {
    const { page } = harness;
    expect(await second.getByTestId('clip-row').count()).toBe(0);
    // The second window must not reload: a marker on its window object would be lost by a reload.
    await second.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

    await page.evaluate(() => {
      const texts = [
        ...document.querySelectorAll('[data-testid="transcript"] [data-testid="cue-list"] .cue-text'),
      ];
      const [start, end] = [texts[0], texts[1]];
      if (!start || !end) throw new Error('cues not found');
      const range = document.createRange();
      range.setStart(start, 0);
      range.setEnd(end, end.childNodes.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    });
    const button = page.getByTestId('clip-from-selection');
    await expect.poll(() => button.isEnabled()).toBe(true);
    await button.click();
    const editor = page.getByTestId('clip-editor');
    await editor.waitFor();
    await editor.getByTestId('clip-hashtags').fill('PeaceTalks');
    await editor.getByTestId('clip-save').click();
    await editor.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('clip-row').count()).toBe(1);

    await expect.poll(() => second.getByTestId('clip-row').count()).toBe(1);
    expect(await second.evaluate(() => 'stillTheSamePage' in window)).toBe(true);
    const title = (await page.getByTestId('clip-row').first().textContent()) ?? '';
    expect(title.trim()).not.toBe('');
    expect(await second.getByTestId('clip-row').first().textContent()).toBe(title);
  });
});
