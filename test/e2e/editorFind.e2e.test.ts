import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorTranslator } from '../../renderer/src/editor/i18n/useEditorT';
import { haveSharedFixtures } from '../support/sharedFixtures';
import { startHarness, type Harness } from './support/harness';
import {
  interviewTranslationSrt,
  openEditor,
  savedTranscript,
  seedSessionWithTranscript,
} from './support/seed';

/*
 * What a person sees while finding and checking in the subtitle editor (browser mode, real engine and
 * Chromium): Find selects and draws the match inside the cue's own text (Urdu with harakat and a ZWNJ, an
 * English phrase, a digit), F3 / Shift+F3 walk the matches, the problem markers beside cues say what they
 * are, and the waveform stays readable with one, two and three caption tracks.
 */

let harness: Harness;
let sessionId = '';
let mediaId = '';
let urTrack = '';
let enTrack = '';

// Harakat on مُہِمّیں, a ZWNJ after it, an English phrase, a digit, ، and ۔
const mixedUrdu = 'ہم نے social media پر 3 مُہِمّیں\u200Cشروع کیں، پھر campus میں بات ہوئی۔';
const urduWord = 'مُہِمّیں';

/** A third track where two people speak at once (cues 1 and 2 overlap): its lane stacks them in two rows. */
const notes = `1
00:00:01,000 --> 00:00:04,000
Ayesha: introduction

2
00:00:02,000 --> 00:00:05,000
Bilal: interrupts

3
00:00:07,300 --> 00:00:10,900
campaigns
`;

const en = editorTranslator('en');
const ur = editorTranslator('ur');

/** The min waveform band height the timeline must keep whatever the number of tracks. */
const MIN_WAVEFORM_PX = 60;

interface Box {
  y: number;
  height: number;
}

async function timelineBoxes(page: Page) {
  const box = async (selector: string): Promise<Box[]> =>
    page.locator(selector).evaluateAll((elements) =>
      elements.map((element) => {
        const rect = element.getBoundingClientRect();
        return { y: rect.y, height: rect.height, trackId: element.getAttribute('data-track-id') ?? '' };
      }),
    );
  const [canvas] = await box('[data-testid="editor-waveform"] .timeline-canvas');
  const lanes = await box('[data-testid="timeline-lane"]');
  const regions = await box('[data-testid="cue-region"]');
  return { canvas: canvas!, lanes, regions } as {
    canvas: Box;
    lanes: (Box & { trackId: string })[];
    regions: (Box & { trackId: string })[];
  };
}

/** The waveform keeps its height; each track has its own lane below it; every cue sits inside its lane. */
async function expectReadableTimeline(page: Page, tracks: number) {
  await expect.poll(() => page.getByTestId('timeline-lane').count()).toBe(tracks);
  const { canvas, lanes, regions } = await timelineBoxes(page);
  expect(canvas.height).toBeGreaterThanOrEqual(MIN_WAVEFORM_PX);
  let bottom = canvas.y + canvas.height;
  for (const lane of lanes) {
    expect(lane.height).toBeGreaterThanOrEqual(16);
    expect(lane.y).toBeGreaterThanOrEqual(bottom - 0.5);
    bottom = lane.y + lane.height;
  }
  expect(regions.length).toBeGreaterThan(0);
  for (const region of regions) {
    const lane = lanes.find((candidate) => candidate.trackId === region.trackId)!;
    expect(region.y).toBeGreaterThanOrEqual(lane.y - 0.5);
    expect(region.y + region.height).toBeLessThanOrEqual(lane.y + lane.height + 0.5);
    expect(region.height).toBeGreaterThanOrEqual(12);
  }
  return { canvas, lanes };
}

/** The cue's text box: its value and what is selected in it (kept when focus goes back to the find box). */
const selectionIn = (page: Page, trackId: string, cueId: string) =>
  page
    .locator(`[data-testid="cue-text"][data-track-id="${trackId}"][data-cue-id="${cueId}"]`)
    .evaluate((box: HTMLTextAreaElement) => box.value.slice(box.selectionStart, box.selectionEnd));

/** The text the cell draws as the current match, behind its text box. */
const drawnCurrent = (page: Page, trackId: string, cueId: string) =>
  page
    .locator(
      `[data-testid="cue-cell"][data-track-id="${trackId}"][data-cue-id="${cueId}"] [data-found="current"]`,
    )
    .allTextContents()
    .then((texts) => texts.join(''));

/** Back to the session and into the editor again, so it loads the tracks imported meanwhile. */
async function reopenEditor(page: Page) {
  await page.getByTestId('editor-back').click();
  await page.getByTestId('media-item').first().getByTestId('edit-subtitles').click();
  await page.getByTestId('editor').waitFor();
}

const fixturesHere = haveSharedFixtures();

beforeAll(async () => {
  if (!fixturesHere) return;
  harness = await startHarness();
  const seeded = await seedSessionWithTranscript(harness, { title: 'Find and check', durationS: 20 });
  ({ sessionId, mediaId, urTrackId: urTrack } = seeded);
  const transcript = await savedTranscript(harness, sessionId, mediaId);
  transcript.tracks.find((track) => track.id === urTrack)!.cues[2]!.text = mixedUrdu;
  await harness.engine.api['transcripts.save']({ sessionId, transcript, baseRevision: transcript.revision });
});

afterAll(async () => {
  await harness?.close();
});

describe.runIf(fixturesHere)('Find, problem markers and the timeline in the editor (browser mode)', () => {
  it('keeps a readable waveform with one track', async () => {
    await openEditor(harness);
    const { canvas } = await expectReadableTimeline(harness.page, 1);
    expect(canvas.height).toBeGreaterThanOrEqual(MIN_WAVEFORM_PX);
  });

  it('keeps the waveform as tall with two tracks, each in its own lane', async () => {
    const { page } = harness;
    const file = path.join(harness.root, 'interview.en.srt');
    writeFileSync(file, interviewTranslationSrt);
    enTrack = (
      await harness.engine.api['subtitles.import']({
        sessionId,
        mediaId,
        path: file,
        language: 'en',
        trackKind: 'translation',
      })
    ).trackId;
    await reopenEditor(page);
    await expect.poll(() => page.getByTestId('track-column').count()).toBe(2);
    await expectReadableTimeline(page, 2);
  });

  it('selects and draws the match in a mixed Urdu/English cue; Enter, F3 and Shift+F3 walk the matches', async () => {
    const { page } = harness;
    const cues = (await savedTranscript(harness, sessionId, mediaId)).tracks;
    const urCue = cues.find((track) => track.id === urTrack)!.cues[2]!;
    const enCue = cues.find((track) => track.id === enTrack)!.cues[2]!;
    await page.keyboard.press('Control+f');
    const bar = page.getByTestId('find-bar');
    const input = bar.getByTestId('find-input');

    await input.fill(urduWord);
    await expect
      .poll(() => bar.getByTestId('find-status').textContent())
      .toBe(en('matchCount', { current: 1, total: 1 }));
    await input.press('Enter');
    await expect.poll(() => selectionIn(page, urTrack, urCue.id)).toBe(urduWord);
    await expect.poll(() => drawnCurrent(page, urTrack, urCue.id)).toBe(urduWord);
    // Typing goes on in the find box.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('find-input');

    await input.fill('social media');
    await expect
      .poll(() => bar.getByTestId('find-status').textContent())
      .toBe(en('matchCount', { current: 1, total: 2 }));
    // Every match is drawn; the current one apart from the others.
    await expect.poll(() => page.locator('[data-found="match"]').allTextContents()).toEqual(['social media']);
    await expect.poll(() => drawnCurrent(page, urTrack, urCue.id)).toBe('social media');
    await input.press('Enter');
    await expect.poll(() => selectionIn(page, urTrack, urCue.id)).toBe('social media');

    await page.keyboard.press('F3');
    await expect
      .poll(() => bar.getByTestId('find-status').textContent())
      .toBe(en('matchCount', { current: 2, total: 2 }));
    await expect.poll(() => selectionIn(page, enTrack, enCue.id)).toBe('social media');
    await expect.poll(() => drawnCurrent(page, enTrack, enCue.id)).toBe('social media');
    await expect.poll(() => drawnCurrent(page, urTrack, urCue.id)).toBe('');

    await page.keyboard.press('Shift+F3');
    await expect
      .poll(() => bar.getByTestId('find-status').textContent())
      .toBe(en('matchCount', { current: 1, total: 2 }));
    await expect.poll(() => selectionIn(page, urTrack, urCue.id)).toBe('social media');
    await expectReadableTimeline(page, 2);
    await page.evaluate(() => document.fonts.ready);
    await harness.screenshot('editor-find-two-tracks-en');
  });

  it('labels every problem marker beside a cue, names it as the cue’s description, and explains it', async () => {
    const { page } = harness;
    const dots = page.getByTestId('cue-problem-dot');
    await expect.poll(() => dots.count()).toBeGreaterThan(0);
    for (const dot of await dots.all()) {
      const title = (await dot.getAttribute('title')) ?? '';
      expect(title).toMatch(/^Problem 1: \S/);
      expect(await dot.textContent()).toMatch(/^⚠ \d+ problems?/);
      // The cue's text box is described by the marker: a screen reader says the problems on focus.
      const id = await dot.getAttribute('id');
      const described = page.locator(`[data-testid="cue-text"][aria-describedby="${id}"]`);
      expect(await described.count()).toBe(1);
    }
    expect(await page.getByTestId('problems-legend').textContent()).toBe(en('problemMarkerLegend'));
  });

  it('shows the same in the Urdu UI', async () => {
    const { page } = harness;
    await page.getByTestId('language-toggle').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const bar = page.getByTestId('find-bar');
    await expect
      .poll(() => bar.getByTestId('find-status').textContent())
      .toBe(ur('matchCount', { current: 1, total: 2 }));
    const dot = page.getByTestId('cue-problem-dot').first();
    expect(await dot.getAttribute('title')).toMatch(/^مسئلہ 1: \S/);
    expect(await page.getByTestId('problems-legend').textContent()).toBe(ur('problemMarkerLegend'));
    await expectReadableTimeline(page, 2);
    await page.evaluate(() => document.fonts.ready);
    await harness.screenshot('editor-find-two-tracks-ur');
    await page.getByTestId('language-toggle').click();
  });

  it('keeps the waveform and every lane readable with three tracks, overlapping cues stacked', async () => {
    const { page } = harness;
    const file = path.join(harness.root, 'notes.srt');
    writeFileSync(file, notes);
    const third = (
      await harness.engine.api['subtitles.import']({
        sessionId,
        mediaId,
        path: file,
        language: 'en',
        trackKind: 'transcript',
      })
    ).trackId;
    await reopenEditor(page);
    await expect.poll(() => page.getByTestId('track-column').count()).toBe(3);
    const { lanes } = await expectReadableTimeline(page, 3);
    const stacked = lanes.find((lane) => lane.trackId === third)!;
    const single = lanes.find((lane) => lane.trackId === enTrack)!;
    // Two people at once: that lane holds two rows.
    expect(stacked.height).toBeGreaterThan(single.height * 1.5);
    await harness.screenshot('editor-three-tracks-en');
  });
});
