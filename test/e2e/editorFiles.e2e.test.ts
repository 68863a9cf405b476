import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Transcript } from '../../shared/transcript/model';
import { haveSharedFixtures } from '../support/sharedFixtures';
import { startHarness, type Harness } from './support/harness';
import { openEditor, savedTranscript, seedSessionWithTranscript } from './support/seed';

let harness: Harness;
let sessionId = '';
let mediaId = '';
let urTrack = '';
const participants = { ayesha: '', bilal: '' };

/** An English translation whose third cue has a WebVTT-style time ('.' before the milliseconds) on line 10. */
const translation = `1
00:00:00,400 --> 00:00:03,200
My name is Ayesha, I have come from Karachi.

2
00:00:03,400 --> 00:00:07,100
This dialogue taught me to listen to others.

3
00:00:07,300 --> 00:00:10.900
We started 3 campaigns on social media.

4
00:00:11,200 --> 00:00:14,000
Will you come to the next session?
`;

const saved = (): Promise<Transcript> => savedTranscript(harness, sessionId, mediaId);
const times = (transcript: Transcript) =>
  transcript.tracks.map((track) => track.cues.map((cue) => [cue.startMs, cue.endMs]));
const speakersOf = async () => (await saved()).tracks.map((track) => track.cues.map((cue) => cue.speakerId));

/** ../shared/fixtures: skipped here without them, a failure in CI. */
const fixturesHere = haveSharedFixtures();

beforeAll(async () => {
  if (!fixturesHere) return;
  harness = await startHarness();
  const { api } = harness.engine;
  const seeded = await seedSessionWithTranscript(harness, { title: 'Subtitle files', durationS: 20 });
  ({ sessionId, mediaId, urTrackId: urTrack } = seeded);
  const add = async (name: string, gender: 'woman' | 'man') =>
    (await api['participants.add']({ sessionId, participant: { name, gender } })).participant.id;
  participants.ayesha = await add('Ayesha Khan', 'woman');
  participants.bilal = await add('بلال احمد', 'man');
});

afterAll(async () => {
  await harness?.close();
});

describe.runIf(fixturesHere)('Subtitle files, retiming and speakers in the editor (browser mode)', () => {
  it('opens the editor with the Urdu track and the speakers legend', async () => {
    const { page } = harness;
    await openEditor(harness);
    await expect.poll(() => page.getByTestId('track-column').count()).toBe(1);
    await expect.poll(() => page.getByTestId('speaker-legend-item').count()).toBe(2);
  });

  it('refuses a malformed SRT strictly, naming the line, then imports it leniently with its repairs', async () => {
    const { page } = harness;
    const file = path.join(harness.root, 'interview.en.srt');
    writeFileSync(file, translation);
    await page.getByTestId('editor-open-import').click();
    const dialog = page.getByTestId('subtitle-import');
    await dialog.waitFor();
    // The language comes from the text (Latin script: English) and the kind from the tracks (Urdu is there
    // already, so English is a translation).
    expect(await page.getByTestId('subtitle-import-language').inputValue()).toBe('');
    expect(await page.getByTestId('subtitle-import-kind-auto').isChecked()).toBe(true);
    await page.getByTestId('subtitle-import-file').setInputFiles(file);
    await page.getByTestId('subtitle-import-submit').click();
    const message = page.getByTestId('subtitle-import-error-message');
    await message.waitFor();
    expect(await message.textContent()).toMatch(/^Line 10: .*00:00:10\.900/);
    expect((await saved()).tracks).toHaveLength(1);
    await harness.screenshot('editor-import-error-en');

    await page.getByTestId('subtitle-import-lenient').click();
    await page.getByTestId('import-repairs').waitFor();
    expect(await dialog.count()).toBe(0);
    const repairs = page.getByTestId('import-repair');
    expect(await repairs.count()).toBe(1);
    expect(await repairs.first().getAttribute('data-line')).toBe('10');
    expect(await repairs.first().textContent()).toContain('00:00:10,900');
    await expect.poll(() => page.getByTestId('track-column').count()).toBe(2);
    const english = (await saved()).tracks[1]!;
    expect(english).toMatchObject({ language: 'en', kind: 'translation' });
    expect(english.cues[2]).toMatchObject({ startMs: 7300, endMs: 10_900 });
    await expect
      .poll(() => page.locator(`[data-testid="cue-text"][data-track-id="${english.id}"]`).count())
      .toBe(4);
    expect(await page.getByTestId('editor-notice').textContent()).toContain('Imported 4 cues');
    expect(await page.getByTestId('editor-locked').count()).toBe(0);
    expect(await page.getByTestId('editor-save-status').getAttribute('data-state')).toBe('saved');
    await page.evaluate(() => document.fonts.ready);
    await harness.screenshot('editor-files-en');
    await page.getByTestId('import-repairs-dismiss').click();
    expect(await page.getByTestId('import-repairs').count()).toBe(0);
  });

  it('exports the Urdu track as SRT: the download is the text subtitles.export gives', async () => {
    const { page } = harness;
    await page.getByTestId('editor-open-export').click();
    await page.getByTestId('subtitle-export').waitFor();
    await page.getByTestId('subtitle-export-track').selectOption(urTrack);
    await page.getByTestId('subtitle-export-format').selectOption('srt');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('subtitle-export-submit').click(),
    ]);
    const expected = await harness.engine.api['subtitles.export']({
      sessionId,
      mediaId,
      trackId: urTrack,
      format: 'srt',
    });
    expect(download.suggestedFilename()).toBe(expected.fileName);
    const bytes = readFileSync(await download.path());
    expect(bytes.equals(Buffer.from(expected.text, 'utf8'))).toBe(true);
    expect(bytes.toString('utf8')).toContain('میرا نام عائشہ ہے');
    await page.getByTestId('subtitle-export-done').waitFor();
    await page.getByTestId('subtitle-export-close').click();
    expect(await page.getByTestId('subtitle-export').count()).toBe(0);
  });

  it('sets a speaker per cue with the select and with Alt+2, in every track at that time', async () => {
    const { page } = harness;
    const [ur, en] = (await saved()).tracks;
    const select = page.locator(`[data-testid="speaker-select"][data-cue-id="${ur!.cues[0]!.id}"]`);
    await select.selectOption(participants.ayesha);
    await expect.poll(async () => (await speakersOf())[0]?.[0]).toBe(participants.ayesha);
    expect((await speakersOf())[1]?.[0]).toBe(participants.ayesha);
    const stripe = page.locator(`[data-testid="cue-row"][data-speaker-id="${participants.ayesha}"]`);
    expect(await stripe.getByTestId('speaker-stripe').count()).toBe(1);

    await page.locator(`[data-testid="cue-text"][data-cue-id="${en!.cues[1]!.id}"]`).focus();
    await page.keyboard.press('Alt+2');
    await expect.poll(async () => (await speakersOf())[1]?.[1]).toBe(participants.bilal);
    expect((await speakersOf())[0]?.[1]).toBe(participants.bilal);
    // The media is linked to the participants for the programme report.
    await expect
      .poll(async () =>
        (await harness.engine.api['sessions.get']({ sessionId })).session.participants.map((p) =>
          p.mediaIds.includes(mediaId),
        ),
      )
      .toEqual([true, true]);

    await page.getByTestId('language-toggle').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.evaluate(() => document.fonts.ready);
    await harness.screenshot('editor-speakers-ur');
    await page.getByTestId('language-toggle').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('ltr');
  });

  it('shifts all cues by +500 ms with Ctrl+Shift+T, as one undo step', async () => {
    const { page } = harness;
    const before = await saved();
    const [ur] = before.tracks;
    await page.locator(`[data-testid="cue-text"][data-cue-id="${ur!.cues[2]!.id}"]`).focus();
    await page.keyboard.press('Control+Shift+T');
    await page.getByTestId('retime').waitFor();
    expect(await page.getByTestId('retime-scope-all').isChecked()).toBe(true);
    await page.getByTestId('retime-shift-ms').fill('500');
    await harness.screenshot('editor-retime-en');
    await page.getByTestId('retime-apply').click();
    expect(await page.getByTestId('retime').count()).toBe(0);
    const shifted = times(before).map((track) => track.map(([start, end]) => [start! + 500, end! + 500]));
    await expect.poll(async () => times(await saved())).toEqual(shifted);
    expect(await page.getByTestId('editor-notice').textContent()).toContain('by 500 ms');

    await page.getByTestId('editor-undo').click();
    await expect.poll(async () => times(await saved())).toEqual(times(before));
    // Undo took back the shift only: the speakers stay.
    expect((await speakersOf())[0]?.slice(0, 2)).toEqual([participants.ayesha, participants.bilal]);
    expect(await page.getByTestId('editor-locked').count()).toBe(0);
  });
});
