import { readFileSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInPresets } from '../../shared/export/presets';
import { haveSharedFixtures } from '../support/sharedFixtures';
import { waitForJobs } from '../support/waitForJobs';
import { startHarness, type Harness } from './support/harness';
import { seedSessionWithTranscript } from './support/seed';

// Issue 13 (browser mode): exported videos could not be downloaded ("Open folder" did nothing visible),
// and a reload returned to "Choose a session".
let harness: Harness;
let sessionId = '';
let clipId = '';
let outputPath = '';
const fixturesHere = haveSharedFixtures();

beforeAll(async () => {
  if (!fixturesHere) return;
  harness = await startHarness();
  const { api } = harness.engine;
  const x = builtInPresets.find((preset) => preset.id === 'x');
  if (!x) throw new Error('built-in presets missing');
  await api['presets.save']({
    preset: { ...x, id: 'test-wide', name: 'Test wide (16:9)', widthPx: 480, heightPx: 270 },
  });
  const seeded = await seedSessionWithTranscript(harness, {
    title: 'Downloads',
    durationS: 4,
    lenient: true,
  });
  sessionId = seeded.sessionId;
  const clip = await api['clips.save']({
    sessionId,
    clip: { mediaId: seeded.mediaId, startMs: 0, endMs: 3_000, title: 'پانی کی کمی، Karachi میں 3 سال سے۔' },
  });
  clipId = clip.id;
  const started = await api['export.start']({
    sessionId,
    clipIds: [clip.id],
    presetIds: ['test-wide'],
    options: { sidecars: ['srt'], softSubtitles: false, normaliseLoudness: false },
  });
  await waitForJobs(harness.engine, started.jobIds);
  const [record] = await api['export.queue']({ batchId: started.batchId });
  outputPath = record?.outputPath ?? '';
  await harness.page.reload();
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

describe.runIf(fixturesHere)('Browser mode: downloads and the place in the address', () => {
  it('downloads an exported file and the batch zip instead of opening a folder', async () => {
    const { page } = harness;
    await page.getByTestId('session-item').first().click();
    const record = page.getByTestId('export-record').first();
    await expect.poll(() => record.getAttribute('data-state'), { timeout: 30_000 }).toBe('succeeded');
    expect(await page.getByTestId('export-folder-open').count()).toBe(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      record.getByTestId('export-download').click(),
    ]);
    const saved = await download.path();
    expect(download.suggestedFilename()).toBe(outputPath.split('/').at(-1));
    expect(statSync(saved).size).toBe(statSync(outputPath).size);
    expect(readFileSync(saved).equals(readFileSync(outputPath))).toBe(true);
    const [zip] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-folder-zip').click(),
    ]);
    expect(zip.suggestedFilename()).toMatch(/^guftagu-export-.+\.zip$/);
    expect(
      readFileSync(await zip.path())
        .subarray(0, 4)
        .toString('latin1'),
    ).toBe('PK\u0003\u0004');
    await page.getByTestId('exports-list').scrollIntoViewIfNeeded();
    await harness.screenshot('browser-downloads-en');
    await page.getByTestId('language-toggle').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expect.poll(() => record.getByTestId('export-download').textContent()).toBe('ڈاؤن لوڈ');
    await page.getByTestId('exports-list').scrollIntoViewIfNeeded();
    await harness.screenshot('browser-downloads-ur');
    await page.getByTestId('language-toggle').click();
  });

  it('returns to the session, the open clip and the editor after a reload', async () => {
    const { page } = harness;
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/session/${sessionId}`);
    await page.reload();
    await page.getByTestId('clips-section').waitFor();

    await page.getByTestId('clip-edit').first().click();
    await page.getByTestId('clip-editor').waitFor();
    await expect
      .poll(() => page.evaluate(() => window.location.hash))
      .toBe(`#/session/${sessionId}/clip/${clipId}`);
    await page.reload();
    await page.getByTestId('clip-editor').waitFor();
    await page.getByTestId('clip-editor-close').click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/session/${sessionId}`);

    await page.getByTestId('edit-subtitles').first().click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/\/editor\//);
    await page.reload();
    await page.getByTestId('edit-subtitles').waitFor({ state: 'detached' });
    await page.getByTestId('cue-grid').waitFor();
    // A link to the reports page opened in a tab that holds the token.
    await page.evaluate(() => (window.location.hash = '#/reports'));
    await page.getByTestId('reports-page').waitFor();
  });
});
