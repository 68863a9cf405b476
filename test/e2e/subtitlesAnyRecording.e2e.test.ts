import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRANSCRIPT_SCHEMA_VERSION } from '../../shared/transcript/model';
import { whitePixelsAt } from '../support/framePixels';
import { resolveFfmpegTools } from '../../electron/engine/media/binaries';
import { bundledFfmpeg } from '../support/makeMedia';
import { waitForJobs } from '../support/waitForJobs';
import { startHarness, type Harness } from './support/harness';

let harness: Harness;
let sessionId = '';
/** The first recording: never transcribed. */
let firstId = '';
/** The second recording: silent; its transcription found no speech (empty Urdu and English tracks). */
let silentId = '';
let footage = '';

/** A dark-blue video (no white in it, so white pixels in an export are captions), silent or with a tone. */
function makeDarkVideo(fileName: string, durationS: number, silent: boolean): string {
  const output = path.join(footage, fileName);
  const audio = silent
    ? 'anullsrc=channel_layout=mono:sample_rate=48000'
    : 'sine=frequency=440:sample_rate=48000';
  const result = spawnSync(
    bundledFfmpeg(),
    [
      ...['-hide_banner', '-loglevel', 'error', '-y'],
      ...['-f', 'lavfi', '-i', `color=c=0x203050:size=640x360:rate=25:duration=${durationS}`],
      ...['-f', 'lavfi', '-t', String(durationS), '-i', audio],
      ...['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest'],
      output,
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`ffmpeg could not make ${fileName}: ${result.stderr}`);
  return output;
}

function formatTags(file: string): Record<string, string> {
  const result = spawnSync(
    resolveFfmpegTools({ ffmpegSource: 'bundled' }).ffprobe.path,
    ['-v', 'error', '-print_format', 'json', '-show_format', file],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`ffprobe failed on ${file}: ${result.stderr}`);
  return (JSON.parse(result.stdout) as { format: { tags?: Record<string, string> } }).format.tags ?? {};
}

/** A locator's text without the bidi isolates (U+2068, U+2069) the app puts around names. */
const text = async (locator: { textContent(): Promise<string | null> }) =>
  ((await locator.textContent()) ?? '').replace(/[\u2068\u2069]/g, '').trim();

beforeAll(async () => {
  harness = await startHarness();
  footage = path.join(harness.root, 'footage');
  mkdirSync(footage, { recursive: true });
  const { api } = harness.engine;
  sessionId = (await api['sessions.create']({ title: 'Multan dialogue' })).id;
  await api['sessions.updateMetadata']({
    sessionId,
    metadata: { type: 'university-dialogue', date: '2026-02-14', city: 'ملتان', campaign: '#PeaceTalks' },
  });
  const first = makeDarkVideo('opening.mp4', 6, false);
  const silent = makeDarkVideo('panel-silent.mp4', 8, true);
  for (const file of [first, silent]) {
    const { jobIds } = await api['media.import']({ sessionId, paths: [file] });
    expect((await waitForJobs(harness.engine, jobIds)).map((job) => job.state)).toEqual(['succeeded']);
  }
  const media = (await api['sessions.get']({ sessionId })).session.media;
  firstId = media.find((item) => item.fileName === 'opening.mp4')?.id ?? '';
  silentId = media.find((item) => item.fileName === 'panel-silent.mp4')?.id ?? '';
  // What a transcription with translation that heard nothing leaves: an Urdu and an English track, no cues.
  await api['transcripts.save']({
    sessionId,
    baseRevision: 0,
    transcript: {
      schemaVersion: TRANSCRIPT_SCHEMA_VERSION,
      mediaId: silentId,
      model: 'ggml-tiny.bin',
      createdAt: new Date().toISOString(),
      revision: 0,
      language: 'ur',
      tracks: [
        { id: 'ur', language: 'ur', direction: 'rtl', kind: 'transcript', cues: [] },
        { id: 'en', language: 'en', direction: 'ltr', kind: 'translation', cues: [] },
      ],
    },
  });
  await harness.page.reload();
  await harness.page.getByTestId('session-item').first().click();
  await harness.page.getByTestId('clips-section').waitFor();
});

afterAll(async () => {
  await harness?.close();
});

describe('Subtitles on a recording where no speech was found, a clip of the second recording, Reels', () => {
  it('refuses a PDF, imports an SRT from the text, and the import can be undone', async () => {
    const { page, engine } = harness;
    const item = page.locator(`[data-testid="media-item"][data-media-id="${silentId}"]`);
    await item.getByTestId('no-speech').waitFor();
    // Every recording offers the import, transcribed or not.
    expect(await page.getByTestId('media-import-subtitles').count()).toBe(2);
    await harness.screenshot('any-recording-no-speech-en');

    const pdf = path.join(footage, 'agenda.srt');
    writeFileSync(pdf, '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nstream\n\u0000\u0001\u0002\nendstream\n');
    await item.getByTestId('media-import-subtitles').click();
    const dialog = page.getByTestId('subtitle-import');
    await dialog.waitFor();
    // The language defaults to "from the text".
    expect(await dialog.getByTestId('subtitle-import-language').inputValue()).toBe('');
    await dialog.getByTestId('subtitle-import-file').setInputFiles(pdf);
    await dialog.getByTestId('subtitle-import-submit').click();
    const error = dialog.getByTestId('subtitle-import-error-message');
    await error.waitFor();
    expect(await text(error)).toContain('is not a subtitle file (it is a PDF document)');
    await harness.screenshot('any-recording-import-refused-en');

    // English subtitles (Latin script): they replace the empty English track, not a new one beside it.
    const srt = path.join(footage, 'panel.srt');
    writeFileSync(
      srt,
      '1\n00:00:00,200 --> 00:00:03,800\nWe met in Multan on 14 February.\n\n' +
        '2\n00:00:04,000 --> 00:00:07,800\nDialogue is the first step, 3 campaigns later.\n',
    );
    await dialog.getByTestId('subtitle-import-file').setInputFiles(srt);
    await dialog.getByTestId('subtitle-import-submit').click();
    await dialog.waitFor({ state: 'detached' });
    const imported = item.getByTestId('media-imported');
    await imported.waitFor();
    expect(await text(imported)).toContain('Imported 2 subtitles from');
    expect(await text(imported)).toContain('English · translation');
    await item.getByTestId('cue').first().waitFor();
    await harness.screenshot('any-recording-imported-en');
    let transcript = (await engine.api['transcripts.get']({ sessionId, mediaId: silentId })).transcript;
    expect(transcript?.tracks.map((track) => [track.id, track.cues.length])).toEqual([
      ['ur', 0],
      ['en', 2],
    ]);

    // Undo puts the no-speech transcript back; importing again brings the subtitles back.
    await item.getByTestId('media-undo-import').click();
    await item.getByTestId('media-import-undone').waitFor();
    await item.getByTestId('no-speech').waitFor();
    transcript = (await engine.api['transcripts.get']({ sessionId, mediaId: silentId })).transcript;
    expect(transcript?.tracks.map((track) => track.cues.length)).toEqual([0, 0]);
    await item.getByTestId('media-import-subtitles').click();
    await dialog.getByTestId('subtitle-import-file').setInputFiles(srt);
    await dialog.getByTestId('subtitle-import-submit').click();
    await item.getByTestId('media-imported').waitFor();
    await item.getByTestId('cue').first().waitFor();
  });

  it('manages the tracks in the editor: rename, language, remove, and Ctrl+Z brings a removed track back', async () => {
    const { page, engine } = harness;
    const item = page.locator(`[data-testid="media-item"][data-media-id="${silentId}"]`);
    await item.getByTestId('edit-subtitles').click();
    await page.getByTestId('editor').waitFor();
    const manager = page.getByTestId('track-manager');
    await manager.locator('summary').click();
    const rows = manager.getByTestId('track-row');
    await expect.poll(() => rows.count()).toBe(2);
    const english = manager.locator('[data-testid="track-row"][data-track-id="en"]');
    await english.getByTestId('track-name').fill('Panel Q&A');
    await english.getByTestId('track-name').press('Enter');
    await english.getByTestId('track-kind').selectOption('transcript');
    await harness.screenshot('editor-tracks-en');
    // The empty Urdu track a no-speech run left: removed, then back with Ctrl+Z.
    await manager
      .locator('[data-testid="track-row"][data-track-id="ur"]')
      .getByTestId('track-remove')
      .click();
    await expect.poll(() => rows.count()).toBe(1);
    await page.keyboard.press('Control+z');
    await expect.poll(() => rows.count()).toBe(2);
    await expect
      .poll(async () => {
        const saved = (await engine.api['transcripts.get']({ sessionId, mediaId: silentId })).transcript;
        return saved?.tracks.map((track) => [track.id, track.kind, track.label ?? '']);
      })
      .toEqual([
        ['ur', 'transcript', ''],
        ['en', 'transcript', 'Panel Q&A'],
      ]);
    // An Urdu file imported in the editor fills the empty Urdu track; "Undo import" empties it again.
    const urdu = path.join(footage, 'panel.ur.srt');
    writeFileSync(urdu, '1\n00:00:00,200 --> 00:00:03,800\nہم Multan میں 14 فروری کو ملے، اور بات کی۔\n');
    await page.getByTestId('editor-open-import').click();
    const dialog = page.getByTestId('subtitle-import');
    await dialog.getByTestId('subtitle-import-file').setInputFiles(urdu);
    await dialog.getByTestId('subtitle-import-submit').click();
    await page.getByTestId('editor-undo-import').waitFor();
    const cuesOf = async () =>
      (await engine.api['transcripts.get']({ sessionId, mediaId: silentId })).transcript?.tracks.map(
        (track) => track.cues.length,
      );
    expect(await cuesOf()).toEqual([1, 2]);
    await harness.screenshot('editor-undo-import-en');
    await page.getByTestId('editor-undo-import').click();
    await expect.poll(cuesOf).toEqual([0, 2]);
    await expect.poll(() => page.getByTestId('editor-undo-import').count()).toBe(0);

    await page.getByTestId('language-toggle').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await harness.screenshot('editor-tracks-ur');
    await page.getByTestId('language-toggle').click();
    await page.getByTestId('editor-back').click();
    await item.getByTestId('media-import-subtitles').waitFor();
  });

  it('makes a clip of the second recording with the picker and exports it for Reels with captions and tags', async () => {
    const { page, engine } = harness;
    await page.getByTestId('clip-new').click();
    const editor = page.getByTestId('clip-editor');
    await editor.waitFor();
    // New clip starts on the first recording, which has no transcript: the clip would have no captions.
    expect(await editor.getByTestId('clip-media').inputValue()).toBe(firstId);
    await editor.getByTestId('clip-no-transcript').waitFor();
    await harness.screenshot('clip-recording-picker-en');
    await editor.getByTestId('clip-media').selectOption(silentId);
    await editor.getByTestId('clip-primary-track').waitFor();
    expect(await editor.getByTestId('clip-no-transcript').count()).toBe(0);
    // The empty Urdu track is named as empty in the choice.
    expect(await text(editor.getByTestId('clip-primary-track'))).toContain('(empty)');
    // What the style's choice comes to: the English track, since the Urdu one is empty.
    expect(await text(editor.getByTestId('clip-primary-track'))).toContain(
      'As the style chooses (Panel Q&A)',
    );
    await harness.screenshot('clip-track-choice-en');
    await editor.getByTestId('clip-title').fill('First step');
    await editor.getByTestId('clip-save').click();
    await editor.waitFor({ state: 'detached' });
    const [clip] = (await engine.api['clips.list']({ sessionId })).clips;
    expect(clip?.mediaId).toBe(silentId);
    // Snapped to the imported cues (0.2 s → 7.8 s).
    expect(clip?.startMs).toBeLessThanOrEqual(1_500);
    expect(clip?.endMs).toBeGreaterThanOrEqual(5_500);

    // The default style asks for Urdu over English; the Urdu track is empty, so English burns (no warning).
    const check = await engine.api['export.check']({
      sessionId,
      clipIds: [clip?.id ?? ''],
      presetIds: ['reels'],
    });
    expect(check.warnings.filter((warning) => warning.kind === 'track-empty')).toEqual([]);
    // Chosen explicitly, the empty Urdu track is warned of, with its language.
    const forced = await engine.api['clips.save']({
      sessionId,
      clip: { ...(clip ?? { mediaId: silentId, startMs: 0, endMs: 8_000, title: '' }), primaryTrackId: 'ur' },
    });
    const warned = await engine.api['export.check']({
      sessionId,
      clipIds: [forced.id],
      presetIds: ['reels'],
    });
    expect(warned.warnings.find((warning) => warning.kind === 'track-empty')?.params).toMatchObject({
      role: 'primary',
      language: 'ur',
    });
    const { primaryTrackId: _dropped, ...asStyleChooses } = forced;
    await engine.api['clips.save']({ sessionId, clip: asStyleChooses });

    await page.getByTestId('export-open').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.waitFor();
    for (const row of await dialog.getByTestId('export-preset').all()) {
      const wanted = (await row.getAttribute('data-preset-id')) === 'reels';
      const checkbox = row.locator('input');
      if ((await checkbox.isChecked()) !== wanted) await checkbox.click();
    }
    await dialog.getByTestId('export-check').click();
    await expect.poll(() => dialog.getByTestId('export-start').isEnabled()).toBe(true);
    await dialog.getByTestId('export-start').click();
    await dialog.waitFor({ state: 'detached' });
    const batch = page.getByTestId('export-batch').first();
    await expect
      .poll(() => batch.getAttribute('data-state'), { timeout: 150_000, interval: 500 })
      .toBe('succeeded');

    const [record] = await engine.api['export.queue']({ sessionId });
    const file = record?.outputPath ?? '';
    // Captions of the imported English subtitles on the frames (the dark video has no white of its own).
    expect(whitePixelsAt(file, 1.5)).toBeGreaterThan(50);
    expect(whitePixelsAt(file, 5.5)).toBeGreaterThan(50);
    const tags = formatTags(file);
    expect(tags['date']).toBe('2026-02-14');
    expect(tags['comment']).toContain('City: ملتان');
    expect(tags['grouping']).toBe('#PeaceTalks');
  });

  it('says "already imported as" for a copy of footage under another name, with a button to show it', async () => {
    const { page } = harness;
    const copy = path.join(footage, 'copy of opening.mp4');
    copyFileSync(path.join(footage, 'opening.mp4'), copy);
    await harness.engine.api['media.import']({ sessionId, paths: [copy] });
    const note = page.getByTestId('job-already-imported');
    await note.waitFor({ timeout: 30_000 });
    expect(await text(note)).toContain('Already imported as opening.mp4');
    await note.getByTestId('job-show-media').click();
    await page.locator('.media-item-shown').waitFor();
    expect(await page.locator('.media-item-shown').getAttribute('data-media-id')).toBe(firstId);
    await harness.screenshot('already-imported-en');
  });

  it('shows the same screens in Urdu', async () => {
    const { page } = harness;
    await page.getByTestId('language-toggle').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const note = page.getByTestId('job-already-imported');
    expect(await text(note)).toContain('opening.mp4');
    await harness.screenshot('already-imported-ur');
    const item = page.locator(`[data-testid="media-item"][data-media-id="${silentId}"]`);
    await item.getByTestId('media-import-subtitles').click();
    const dialog = page.getByTestId('subtitle-import');
    await dialog.waitFor();
    await harness.screenshot('any-recording-import-dialog-ur');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await item.scrollIntoViewIfNeeded();
    await harness.screenshot('any-recording-imported-ur');
    await page.getByTestId('clip-new').click();
    const editor = page.getByTestId('clip-editor');
    await editor.getByTestId('clip-no-transcript').waitFor();
    await harness.screenshot('clip-recording-picker-ur');
    await editor.getByTestId('clip-media').selectOption(silentId);
    await editor.getByTestId('clip-primary-track').waitFor();
    await harness.screenshot('clip-track-choice-ur');
    await page.keyboard.press('Escape');
    await page.getByTestId('language-toggle').click();
  });
});
