import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveSharedFixtures } from '../support/sharedFixtures';
import { startHarness, type Harness } from './support/harness';
import { openEditor, savedTranscript, seedSessionWithTranscript } from './support/seed';

/*
 * A WebVTT file made elsewhere, with two people speaking at once and two blocks a browser skips: the
 * default import keeps both overlapping cues (stacked on the waveform lane, both in the list) and lists the
 * skipped blocks with their lines, in English and in Urdu.
 */

let harness: Harness;
let sessionId = '';
let mediaId = '';

const vtt = [
  'WEBVTT',
  '',
  '00:01.000 --> 00:04.000',
  'Ayesha: we ran 3 campaigns on social media، and then?',
  '',
  '00:02.000 --> 00:05.000',
  'Bilal: but who paid for them?',
  '',
  '00:00:06,000 --> 00:00:07,000', // line 9: an SRT comma, skipped as a browser skips it
  'comma',
  '',
  'a stray line with no time', // line 12
  '',
].join('\n');

beforeAll(async () => {
  // The seeded media is made from shared fixtures: missing ones skip here and fail in CI.
  if (!haveSharedFixtures()) throw new Error('The shared fixtures are missing (../shared/fixtures).');
  harness = await startHarness();
  ({ sessionId, mediaId } = await seedSessionWithTranscript(harness, {
    title: 'Two at once',
    durationS: 20,
  }));
});

afterAll(async () => {
  await harness?.close();
});

describe('Overlapping cues and skipped WebVTT blocks in the editor (browser mode)', () => {
  it('imports as written: both cues kept and stacked, every skipped block listed with its line', async () => {
    const { page } = harness;
    await openEditor(harness);
    const file = path.join(harness.root, 'panel.en.vtt');
    writeFileSync(file, vtt);
    await page.getByTestId('editor-open-import').click();
    await page.getByTestId('subtitle-import').waitFor();
    await page.getByTestId('subtitle-import-file').setInputFiles(file);
    await page.getByTestId('subtitle-import-submit').click();

    await page.getByTestId('import-repairs').waitFor();
    const rows = page.getByTestId('import-repair');
    await expect.poll(() => rows.count()).toBe(2);
    expect(
      await rows.evaluateAll((found) => found.map((row) => [row.dataset['line'], row.dataset['kind']])),
    ).toEqual([
      ['9', 'skipped'],
      ['12', 'skipped'],
    ]);
    expect(await rows.first().textContent()).toContain('00:00:06,000 --> 00:00:07,000');

    const english = (await savedTranscript(harness, sessionId, mediaId)).tracks[1];
    expect(english?.cues.map((cue) => [cue.startMs, cue.endMs])).toEqual([
      [1000, 4000],
      [2000, 5000],
    ]);
    const regions = page.locator(`[data-testid="cue-region"][data-track-id="${english?.id ?? ''}"]`);
    await expect.poll(() => regions.count()).toBe(2);
    expect(await regions.evaluateAll((found) => found.map((region) => region.dataset['row']))).toEqual([
      '0',
      '1',
    ]);
    const [upper, lower] = await regions.evaluateAll((found) =>
      found.map((region) => region.getBoundingClientRect().top),
    );
    expect(lower).toBeGreaterThan(upper ?? 0);
    const texts = page.locator(`[data-testid="cue-text"][data-track-id="${english?.id ?? ''}"]`);
    await expect.poll(() => texts.count()).toBe(2);
    await page.evaluate(() => document.fonts.ready);
    await harness.screenshot('editor-overlap-skipped-en');

    await page.getByTestId('language-toggle').click();
    await expect.poll(() => rows.first().textContent()).toContain('براؤزر');
    await page.evaluate(() => document.fonts.ready);
    await harness.screenshot('editor-overlap-skipped-ur');
    await page.getByTestId('language-toggle').click();
  });
});
