import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveFfmpegTools } from '../../electron/engine/media/binaries';
import { haveSharedFixtures } from '../support/sharedFixtures';
import { startHarness, type Harness } from './support/harness';
import { seedSessionWithTranscript } from './support/seed';

let harness: Harness;
let sessionId = '';

interface Probe {
  format: { duration: string; tags?: Record<string, string> };
  streams: {
    codec_type: string;
    width?: number;
    height?: number;
    r_frame_rate?: string;
    duration?: string;
  }[];
}

function probe(file: string): Probe {
  const { ffprobe } = resolveFfmpegTools({ ffmpegSource: 'bundled' });
  const result = spawnSync(
    ffprobe.path,
    ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`ffprobe failed on ${file}: ${result.stderr}`);
  return JSON.parse(result.stdout) as Probe;
}

/** Frames per second from ffprobe's "num/den". */
const fps = (rate: string | undefined): number => {
  const [num, den] = (rate ?? '0/1').split('/').map(Number);
  return (num ?? 0) / (den || 1);
};

/** Selects the text of one cue of the transcript (0-based), as a mouse drag over it would. */
async function selectCue(index: number): Promise<void> {
  await harness.page.evaluate((at) => {
    const list = document.querySelector('[data-testid="transcript"] [data-testid="cue-list"]');
    const cueText = list ? list.querySelectorAll('.cue-text')[at] : undefined;
    if (!cueText) throw new Error('cue not found');
    const range = document.createRange();
    range.selectNodeContents(cueText);
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }, index);
}

beforeAll(async () => {
  harness = await startHarness();
  // Cue 2 of the shared fixture runs 3.4 s → 7.1 s; the source only needs to reach past it.
  const seeded = await seedSessionWithTranscript(harness, {
    title: 'Platform check',
    durationS: 8,
    lenient: true,
  });
  sessionId = seeded.sessionId;
  await harness.engine.api['participants.add']({
    sessionId,
    participant: {
      name: 'Ayesha Khan',
      gender: 'woman',
      consent: { scope: 'publish-named', date: '2025-11-02', formRef: 'KU-1' },
      mediaIds: [seeded.mediaId],
    },
  });
  await harness.engine.api['sessions.updateMetadata']({
    sessionId,
    metadata: { type: 'university-dialogue', date: '2026-02-14', city: 'ملتان', campaign: '#PeaceTalks' },
  });
  await harness.page.reload();
  await harness.page.getByTestId('session-item').first().click();
  await harness.page.getByTestId('clips-section').waitFor();
});

afterAll(async () => {
  await harness?.close();
});

describe.runIf(haveSharedFixtures())('Clip export for the real platform presets', () => {
  it('exports a clip made from a selected passage for Reels and X in one batch, at their sizes, length and tags', async () => {
    const { page, engine } = harness;
    await page.getByTestId('cue').first().waitFor();
    await selectCue(1);
    const fromSelection = page.getByTestId('clip-from-selection');
    await expect.poll(() => fromSelection.isEnabled()).toBe(true);
    await fromSelection.click();
    const editor = page.getByTestId('clip-editor');
    await editor.waitFor();
    await editor.getByTestId('clip-speaker').selectOption({ label: 'Ayesha Khan' });
    await editor.getByTestId('clip-save').click();
    await editor.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('clip-row').count()).toBe(1);
    const [clip] = (await engine.api['clips.list']({ sessionId })).clips;
    if (!clip) throw new Error('no clip was made');
    const clipMs = clip.endMs - clip.startMs;
    expect(clipMs).toBeGreaterThanOrEqual(3_000);
    expect(clipMs).toBeLessThanOrEqual(4_000);

    await page.getByTestId('export-open').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.waitFor();
    for (const row of await dialog.getByTestId('export-preset').all()) {
      const wanted = ['reels', 'x'].includes((await row.getAttribute('data-preset-id')) ?? '');
      const checkbox = row.locator('input');
      if ((await checkbox.isChecked()) !== wanted) await checkbox.click();
    }
    await dialog.getByTestId('export-check').click();
    await expect.poll(() => dialog.getByTestId('export-start').isEnabled()).toBe(true);
    await dialog.getByTestId('export-start').click();
    await dialog.waitFor({ state: 'detached' });

    await expect.poll(() => page.getByTestId('export-batch').count(), { timeout: 20_000 }).toBe(1);
    const batch = page.getByTestId('export-batch').first();
    await expect
      .poll(() => batch.getAttribute('data-state'), { timeout: 150_000, interval: 500 })
      .toBe('succeeded');
    expect((await batch.getByTestId('export-file').allTextContents()).sort()).toEqual([
      'Platform-check_Ayesha-Khan_reels_1.mp4',
      'Platform-check_Ayesha-Khan_x_1.mp4',
    ]);

    const records = await engine.api['export.queue']({});
    const expected: Record<string, [number, number]> = { reels: [1080, 1920], x: [1280, 720] };
    expect(records.map((record) => record.presetId).sort()).toEqual(['reels', 'x']);
    for (const record of records) {
      const output = record.outputPath ?? '';
      const info = probe(output);
      const video = info.streams.find((stream) => stream.codec_type === 'video');
      expect([video?.width, video?.height], path.basename(output)).toEqual(expected[record.presetId]);
      const frameMs = 1000 / fps(video?.r_frame_rate);
      expect(fps(video?.r_frame_rate)).toBeLessThanOrEqual(30);
      expect(
        Math.abs(Number(video?.duration) * 1000 - clipMs),
        `video of ${record.presetId}`,
      ).toBeLessThanOrEqual(frameMs);
      expect(
        Math.abs(Number(info.format.duration) * 1000 - clipMs),
        `file of ${record.presetId}`,
      ).toBeLessThanOrEqual(frameMs);
      const tags = info.format.tags ?? {};
      expect(tags['title']).toBeTruthy();
      expect(tags['comment']).toContain('Session: Platform check');
      expect(tags['comment']).toContain('Speaker: Ayesha Khan');
      // The session's date, city and campaign (not the day of the export).
      expect(tags['date']).toBe('2026-02-14');
      expect(tags['comment']).toContain('City: ملتان');
      expect(tags['grouping']).toBe('#PeaceTalks');
      expect(tags['genre']).toBe('university-dialogue');
      expect(tags['artist']).toBe('Ayesha Khan');
    }
  });
});
