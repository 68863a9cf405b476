import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInPresets } from '../../shared/export/presets';
import type { ExportJobRecord } from '../../shared/model/clips';
import { haveSharedFixtures } from '../support/sharedFixtures';
import { waitForJobs } from '../support/waitForJobs';
import { startHarness, type Harness } from './support/harness';
import { seedSessionWithTranscript } from './support/seed';

let harness: Harness;
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
  const { sessionId, mediaId } = await seedSessionWithTranscript(harness, {
    title: 'Killed export',
    durationS: 6,
    lenient: true,
  });
  const speaker = await api['participants.add']({
    sessionId,
    participant: {
      name: 'Ayesha Khan',
      gender: 'woman',
      consent: { scope: 'publish-named', date: '2025-11-02', formRef: 'KU-1' },
      mediaIds: [mediaId],
    },
  });
  const clip = await api['clips.save']({
    sessionId,
    clip: {
      mediaId,
      startMs: 0,
      endMs: 3_000,
      title: 'پانی کی کمی، Karachi میں 3 سال سے۔',
      speakerId: speaker.participant.id,
    },
  });
  const started = await api['export.start']({ sessionId, clipIds: [clip.id], presetIds: ['test-wide'] });
  await waitForJobs(harness.engine, started.jobIds);
  // As the next start leaves an export whose Guftagu was killed mid-way (see interruptedExport.int.test.ts).
  const queueFile = path.join(harness.engine.workspacePath, 'export-queue.json');
  const document = JSON.parse(readFileSync(queueFile, 'utf8')) as { records: ExportJobRecord[] };
  document.records = document.records.map(
    ({ outputPath: _outputPath, sizeBytes: _sizeBytes, ...record }) => ({ ...record, state: 'interrupted' }),
  );
  writeFileSync(queueFile, JSON.stringify(document));
  await harness.page.reload();
  await harness.page.getByTestId('session-item').first().click();
  await harness.page.getByTestId('clips-section').waitFor();
});

afterAll(async () => {
  await harness?.close();
});

describe.runIf(fixturesHere)('An export interrupted by a killed Guftagu (browser mode)', () => {
  it('shows Interrupted with Retry, in English and Urdu, and Retry exports it', async () => {
    const { page } = harness;
    const record = page.getByTestId('export-record').first();
    await expect.poll(() => record.getAttribute('data-state')).toBe('interrupted');
    expect(await record.locator('.export-state').textContent()).toBe('Interrupted');
    expect(await record.getByTestId('export-interrupted').textContent()).toMatch(/force-closed or crashed/);
    await record.scrollIntoViewIfNeeded();
    await harness.screenshot('export-interrupted-en');

    await page.getByTestId('language-toggle').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expect.poll(() => record.locator('.export-state').textContent()).toBe('ادھورا رہ گیا');
    expect(await record.getByTestId('export-retry').textContent()).toBe('دوبارہ کوشش کریں');
    await record.scrollIntoViewIfNeeded();
    await harness.screenshot('export-interrupted-ur');
    await page.getByTestId('language-toggle').click();

    await record.getByTestId('export-retry').click();
    await expect
      .poll(() => record.getAttribute('data-state'), { timeout: 120_000, interval: 500 })
      .toBe('succeeded');
    expect(await record.getByTestId('export-retry').count()).toBe(0);
    expect(await record.getByTestId('export-size').count()).toBe(1);
  });
});
