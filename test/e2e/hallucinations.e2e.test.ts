import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cue } from '../../shared/transcript/model';
import { makeToneAndSilence } from '../support/toneAndSilence';
import { waitForJobs } from '../support/waitForJobs';
import { startHarness, type Harness } from './support/harness';
import { openEditor, savedTranscript } from './support/seed';

let harness: Harness;
let sessionId = '';
let mediaId = '';
let trackId = '';

/**
 * What whisper leaves on a recording with a silent stretch (4–8 s): an ordinary mixed line, a classic
 * invented line over the silence, an English loop and an Urdu loop over the sound, and a last ordinary line.
 */
const subtitles = `1
00:00:00,500 --> 00:00:03,500
Media Baithak میں خوش آمدید،
آج 2026 کی بات۔

2
00:00:04,600 --> 00:00:07,400
ہمارا channel subscribe کریں۔

3
00:00:08,500 --> 00:00:10,500
thank you thank you thank you

4
00:00:10,700 --> 00:00:12,500
شکریہ شکریہ شکریہ

5
00:00:12,700 --> 00:00:13,800
اب اگلا سوال، Ayesha۔
`;

const savedCues = async (): Promise<Cue[]> =>
  (await savedTranscript(harness, sessionId, mediaId)).tracks.find((track) => track.id === trackId)?.cues ??
  [];
const savedTexts = async () => (await savedCues()).map((cue) => cue.text);
const rows = (kind: string): Locator => harness.page.locator(`[data-testid="problem"][data-kind="${kind}"]`);
const cueCount = () => harness.page.locator('[data-testid="cue-text"]').count();
/** The list's texts, as the person sees them in the text boxes. */
const shownTexts = () =>
  harness.page
    .locator('[data-testid="cue-text"]')
    .evaluateAll((boxes) => boxes.map((box) => (box as HTMLTextAreaElement).value));
const original = [
  'Media Baithak میں خوش آمدید،\nآج 2026 کی بات۔',
  'ہمارا channel subscribe کریں۔',
  'thank you thank you thank you',
  'شکریہ شکریہ شکریہ',
  'اب اگلا سوال، Ayesha۔',
];

beforeAll(async () => {
  harness = await startHarness();
  const { api } = harness.engine;
  sessionId = (await api['sessions.create']({ title: 'Media Baithak panel' })).id;
  const video = makeToneAndSilence(
    path.join(harness.root, 'footage'),
    'panel.mp4',
    [
      { kind: 'tone', seconds: 4 },
      { kind: 'silence', seconds: 4 },
      { kind: 'tone', seconds: 6 },
    ],
    { video: true },
  );
  const { jobIds } = await api['media.import']({ sessionId, paths: [video] });
  expect((await waitForJobs(harness.engine, jobIds)).map((job) => job.state)).toEqual(['succeeded']);
  mediaId = (await api['sessions.get']({ sessionId })).session.media[0]?.id ?? '';
  const file = path.join(harness.root, 'panel.ur.srt');
  writeFileSync(file, subtitles);
  trackId = (await api['subtitles.import']({ sessionId, mediaId, path: file, language: 'ur' })).trackId;
});

afterAll(async () => {
  await harness?.close();
});

describe('Possible hallucinations in the editor: flagged from the sound and the text, removed only on a click', () => {
  it('flags the line over the silence and both loops, on the cues and in the problems panel', async () => {
    const { page } = harness;
    await openEditor(harness);
    await expect.poll(cueCount).toBe(5);
    // The loudness arrives from the engine after the editor opens; the check follows it.
    await expect.poll(() => rows('text-over-silence').count(), { timeout: 20_000 }).toBe(1);
    expect(await rows('repeated-phrase').count()).toBe(2);
    const cells = page.locator('[data-testid="cue-cell"]');
    const marks = await cells.evaluateAll((elements) =>
      elements.map((element) => element.getAttribute('data-problems') ?? ''),
    );
    expect(marks[0]).not.toMatch(/repeated-phrase|text-over-silence/);
    expect(marks[1]).toContain('text-over-silence');
    expect(marks[2]).toContain('repeated-phrase');
    expect(marks[3]).toContain('repeated-phrase');
    expect(marks[4]).not.toMatch(/repeated-phrase|text-over-silence/);
    const silence = (await rows('text-over-silence').textContent()) ?? '';
    expect(silence).toContain('#2');
    expect(silence).toMatch(/Possible hallucination: text over silence \(\d+% of its time is quiet\)/);
    expect(await rows('repeated-phrase').first().textContent()).toContain('“\u2068thank you\u2069” 3 times');
    expect(await page.getByTestId('remove-hallucinations').textContent()).toBe(
      'Remove possible hallucinations (3)',
    );
    await harness.screenshot('hallucinations-en');
  });

  it('walks to them with F8 like any problem', async () => {
    const { page } = harness;
    await page.locator('.cue-grid-head').click();
    const seen = new Set<string>();
    const total = Number(await page.getByTestId('problem-count').textContent());
    for (let step = 0; step < total; step++) {
      await page.keyboard.press('F8');
      const current = page.locator('[data-testid="problem"].current');
      await current.waitFor();
      seen.add((await current.getAttribute('data-kind')) ?? '');
    }
    expect(seen).toContain('text-over-silence');
    expect(seen).toContain('repeated-phrase');
  });

  it('removes the line over the silence with one click, and Ctrl+Z brings it back', async () => {
    const { page } = harness;
    await rows('text-over-silence').getByTestId('problem-remove').click();
    await expect.poll(cueCount).toBe(4);
    expect(await shownTexts()).toEqual([original[0], original[2], original[3], original[4]]);
    await expect.poll(() => rows('text-over-silence').count()).toBe(0);
    await expect.poll(savedTexts, { timeout: 15_000 }).toEqual([original[0], ...original.slice(2)]);
    await page.keyboard.press('Control+z');
    await expect.poll(cueCount).toBe(5);
    expect(await shownTexts()).toEqual(original);
    await expect.poll(() => rows('text-over-silence').count()).toBe(1);
    await expect.poll(savedTexts, { timeout: 15_000 }).toEqual(original);
  });

  it('removes the copies of a loop inside a cue, keeping one', async () => {
    const { page } = harness;
    const urduLoop = rows('repeated-phrase').filter({ hasText: 'شکریہ' });
    await urduLoop.getByTestId('problem-remove').click();
    await expect.poll(shownTexts).toEqual([...original.slice(0, 3), 'شکریہ', original[4]]);
    await expect.poll(() => rows('repeated-phrase').count()).toBe(1);
    await page.getByTestId('editor-undo').click();
    await expect.poll(shownTexts).toEqual(original);
  });

  it('shows them in Urdu, and removes all of them after saying how many, as one undo step', async () => {
    const { page } = harness;
    await page.getByTestId('language-toggle').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expect
      .poll(() => rows('text-over-silence').textContent())
      .toMatch(/ممکنہ من گھڑت متن: خاموشی پر متن \(اس کا \d+٪ وقت خاموش ہے\)/);
    expect(await rows('repeated-phrase').first().getByTestId('problem-remove').textContent()).toBe('ہٹائیں');
    // A taller window shows the whole list; the removal below runs at 1280×800, where the panel scrolls.
    await page.setViewportSize({ width: 1280, height: 1100 });
    await page.evaluate(() => document.fonts.ready);
    await harness.screenshot('hallucinations-ur');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByTestId('remove-hallucinations').click();
    const question = page.locator('.problems-remove-all [role="group"]');
    expect(await question.textContent()).toContain('3 ممکنہ من گھڑت متن ہٹائیں؟');
    await page.evaluate(() => document.fonts.ready);
    await harness.screenshot('hallucinations-ur-confirm');
    await page.getByTestId('remove-hallucinations-confirm').click();
    await expect.poll(shownTexts).toEqual([original[0], 'thank you', 'شکریہ', original[4]]);
    expect(await rows('text-over-silence').count()).toBe(0);
    await expect.poll(() => rows('repeated-phrase').count()).toBe(0);
    expect(await page.getByTestId('remove-hallucinations').count()).toBe(0);
    await expect
      .poll(savedTexts, { timeout: 15_000 })
      .toEqual([original[0], 'thank you', 'شکریہ', original[4]]);
    await page.getByTestId('editor-undo').click();
    await expect.poll(shownTexts).toEqual(original);
    await expect
      .poll(() => page.getByTestId('remove-hallucinations').textContent())
      .toBe('ممکنہ من گھڑت متن ہٹائیں (3)');
    await expect.poll(savedTexts, { timeout: 15_000 }).toEqual(original);
    await page.getByTestId('language-toggle').click();
  });
});
