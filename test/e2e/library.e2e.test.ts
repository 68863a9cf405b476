import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMedia } from '../support/makeMedia';
import { startHarness, type Harness } from './support/harness';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('Library in browser mode, against the real engine', () => {
  it('creates a session, imports a real video through the UI, and shows its duration, thumbnail and waveform', async () => {
    const { page } = harness;
    await page.getByTestId('new-session-input').fill('Karachi University dialogue');
    await page.getByTestId('new-session-input').press('Enter');
    await expect
      .poll(() => page.getByTestId('session-title').textContent())
      .toBe('Karachi University dialogue');

    const video = makeMedia(path.join(harness.root, 'footage'), "Interview 1 (Ayesha's take), 100%.mp4", {
      durationS: 4,
      width: 640,
      height: 360,
    });
    await page.getByTestId('import-input').setInputFiles(video);

    const item = page.getByTestId('media-item').first();
    await item.waitFor();
    await expect.poll(() => item.getAttribute('data-status'), { timeout: 60_000 }).toBe('ready');
    expect(await item.getByTestId('media-duration').textContent()).toBe('0:04');
    expect(await item.getByTestId('media-resolution').textContent()).toMatch(/640\s*[×x]\s*360/);

    const thumbnail = item.getByTestId('media-thumbnail');
    await expect
      .poll(() => thumbnail.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
      .toBe(320);

    const waveform = item.getByTestId('media-waveform');
    await expect.poll(() => waveform.getAttribute('data-loaded')).toBe('true');
    const inkedPixels = await waveform.evaluate((canvas: HTMLCanvasElement) => {
      const context = canvas.getContext('2d');
      if (!context) return 0;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let inked = 0;
      for (let index = 3; index < data.length; index += 4) if ((data[index] ?? 0) > 0) inked += 1;
      return inked;
    });
    expect(inkedPixels).toBeGreaterThan(100);

    const job = page.getByTestId('job-item').first();
    await expect.poll(() => job.getAttribute('data-state')).toBe('succeeded');
    await harness.screenshot('library-en');
  });

  it('shows a clear error for a file that is not media, with a hint and the tool output', async () => {
    const { page } = harness;
    const fake = path.join(harness.root, 'notes renamed.mp4');
    writeFileSync(fake, 'These are meeting notes, not a video.\n');
    await page.getByTestId('import-input').setInputFiles(fake);
    const failed = page.locator('[data-testid="job-item"][data-state="failed"]');
    await failed.first().waitFor({ timeout: 60_000 });
    const errorText = await failed.first().getByTestId('job-error').textContent();
    expect(errorText).toMatch(/not a video or audio file/);
    expect(errorText).toMatch(/renamed document/);
    expect(await page.getByTestId('media-item').count()).toBe(1);
    await harness.screenshot('import-error-en');
  });

  it('autosaves notes and renames the session', async () => {
    const { page } = harness;
    await page.getByTestId('notes').fill('Recorded at the Arts Council; consent forms with Sana.');
    await expect
      .poll(() => page.getByTestId('notes-status').getAttribute('data-state'), { timeout: 10_000 })
      .toBe('saved');

    await page.getByTestId('rename-button').click();
    await page.getByTestId('rename-input').fill('Karachi University dialogue, day 2');
    await page.getByTestId('rename-input').press('Enter');
    await expect
      .poll(() => page.getByTestId('session-title').textContent())
      .toBe('Karachi University dialogue, day 2');

    const [summary] = await harness.engine.api['sessions.list']({});
    expect(summary?.title).toBe('Karachi University dialogue, day 2');
    const view = await harness.engine.api['sessions.get']({ sessionId: summary?.id ?? '' });
    expect(view.session.notes).toBe('Recorded at the Arts Council; consent forms with Sana.');
  });

  it('switches to Urdu, right to left, and keeps it after a reload', async () => {
    const { page } = harness;
    await page.getByTestId('language-toggle').click();
    await expect
      .poll(() =>
        page.evaluate(() => [document.documentElement.lang, document.documentElement.dir].join(' ')),
      )
      .toBe('ur rtl');
    await page.reload();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.getByTestId('session-item').first().click();
    await page.getByTestId('media-item').first().waitFor();
    expect((await harness.engine.api['settings.get']({})).uiLanguage).toBe('ur');
    await harness.screenshot('library-ur');
  });
});
