import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMedia } from '../support/makeMedia';
import { waitForJobs } from '../support/waitForJobs';
import { startHarness, type Harness } from './support/harness';

let harness: Harness;
let sessionId = '';

const srt = `1
00:00:00,500 --> 00:00:03,000
Welcome to the campus dialogue on tolerance.

2
00:00:03,200 --> 00:00:06,000
We listened to each other before we argued.

3
00:00:06,200 --> 00:00:09,500
Peace begins with the courage to listen.
`;

/** Text as read: white space collapsed, bidi isolates (around "#PeaceTalks" in an Urdu title) dropped. */
const text = async (locator: Locator) =>
  ((await locator.textContent()) ?? '')
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const row = (name: string) =>
  harness.page.getByTestId('participant').filter({ has: harness.page.getByText(name, { exact: true }) });

async function addParticipant(fields: {
  name: string;
  gender?: string;
  organisation?: string;
  scope?: string;
  date?: string;
  formRef?: string;
  scan?: string;
}): Promise<Locator> {
  const form = harness.page.getByTestId('participant-add-form');
  await form.getByTestId('participant-name').fill(fields.name);
  if (fields.gender) await form.getByTestId('participant-gender').selectOption(fields.gender);
  await form.getByTestId('participant-organisation').fill(fields.organisation ?? '');
  if (fields.scope) await form.getByTestId('participant-scope').selectOption(fields.scope);
  await form.getByTestId('participant-consent-date').fill(fields.date ?? '');
  await form.getByTestId('participant-form-ref').fill(fields.formRef ?? '');
  if (fields.scan) await form.getByTestId('participant-scan').setInputFiles(fields.scan);
  await form.getByTestId('participant-add-form-submit').click();
  return form;
}

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('Programme data in browser mode, against the real engine', () => {
  it('creates a session and fills its details; an upcoming (future) date is accepted', async () => {
    const { page } = harness;
    await page.getByTestId('new-session-input').fill('Karachi University peace dialogue');
    await page.getByTestId('new-session-input').press('Enter');
    await expect
      .poll(() => page.getByTestId('session-title').textContent())
      .toBe('Karachi University peace dialogue');
    sessionId = (await harness.engine.api['sessions.list']({}))[0]?.id ?? '';

    // A recording with a transcript, so participants can be linked to it and search can find its words.
    const video = makeMedia(path.join(harness.root, 'footage'), 'dialogue.mp4', {
      durationS: 10,
      width: 640,
      height: 360,
    });
    const { jobIds } = await harness.engine.api['media.import']({ sessionId, paths: [video] });
    expect((await waitForJobs(harness.engine, jobIds)).map((job) => job.state)).toEqual(['succeeded']);
    const mediaId = (await harness.engine.api['sessions.get']({ sessionId })).session.media[0]?.id ?? '';
    const srtPath = path.join(harness.root, 'dialogue.en.srt');
    writeFileSync(srtPath, srt);
    await harness.engine.api['subtitles.import']({ sessionId, mediaId, path: srtPath, language: 'en' });

    const details = page.getByTestId('session-details');
    expect(await details.getAttribute('open')).not.toBeNull();
    await details.getByTestId('meta-type').selectOption('university-dialogue');
    // An upcoming event can be planned: a session date in the future is saved, with no error.
    await details.getByTestId('meta-date').fill('2999-01-01');
    await details.getByTestId('meta-date').blur();
    await expect
      .poll(async () => (await harness.engine.api['sessions.get']({ sessionId })).session.metadata.date)
      .toBe('2999-01-01');
    expect(await details.getByTestId('field-error').count()).toBe(0);

    await details.getByTestId('meta-date').fill('2025-11-02');
    await details.getByTestId('meta-city').fill('Karachi');
    await details.getByTestId('meta-campaign').fill('#PeaceTalks');
    await details.getByTestId('meta-hashtags-input').fill('PeaceTalks,');
    await details.getByTestId('meta-languages-input').fill('ur, en,');
    await details.getByTestId('meta-venue').fill('Arts Auditorium');
    await details.getByTestId('meta-venue').blur();
    await expect
      .poll(() => page.getByTestId('details-status').getAttribute('data-state'), { timeout: 10_000 })
      .toBe('saved');
    expect(await details.getByTestId('field-error').count()).toBe(0);
    await expect
      .poll(async () => details.getByTestId('meta-hashtags').getByTestId('tag').allTextContents())
      .toEqual(['#PeaceTalks×']);

    const { session } = await harness.engine.api['sessions.get']({ sessionId });
    expect(session.metadata).toMatchObject({
      type: 'university-dialogue',
      date: '2025-11-02',
      city: 'Karachi',
      campaign: '#PeaceTalks',
      venue: 'Arts Auditorium',
      hashtags: ['#PeaceTalks'],
      languages: ['ur', 'en'],
    });
  });

  it('adds participants through the form and shows the engine’s refusals clearly', async () => {
    const { page } = harness;
    const panel = page.getByTestId('participants-panel');
    await panel.getByTestId('participant-add').click();
    // A scan of the signed form: uploaded to the server, then copied into the session's consent/ folder.
    const scan = path.join(harness.root, 'ayesha-consent.pdf');
    writeFileSync(scan, '%PDF-1.4\n% signed consent form, scanned\n');
    await addParticipant({
      name: 'Ayesha Khan',
      gender: 'woman',
      organisation: 'University of Karachi',
      scope: 'publish-named',
      date: '2025-11-02',
      formRef: 'KU-001',
      scan,
    });
    await expect.poll(() => panel.getByTestId('participant').count()).toBe(1);
    await addParticipant({ name: 'Sana Baloch', gender: 'woman', scope: 'internal', date: '2025-11-02' });
    await expect.poll(() => panel.getByTestId('participant').count()).toBe(2);
    await addParticipant({ name: 'Bilal Ahmed', gender: 'man', organisation: 'Dawn News' });
    await expect.poll(() => panel.getByTestId('participant').count()).toBe(3);

    const form = await addParticipant({
      name: 'ayesha khan',
      gender: 'woman',
      organisation: 'University of Karachi',
    });
    const error = form.getByTestId('participant-error');
    await error.waitFor();
    expect(await text(error)).toMatch(
      /ayesha khan from University of Karachi is already a participant of this session \(Participant 1\)/,
    );
    expect(await form.getByTestId('participant-name').getAttribute('aria-invalid')).toBe('true');

    await addParticipant({ name: 'Zara Shah', gender: 'woman', scope: 'internal', date: '2999-05-01' });
    await expect.poll(() => text(error)).toMatch(/consent date 2999-05-01 is in the future/);
    expect(await form.getByTestId('participant-consent-date').getAttribute('aria-invalid')).toBe('true');

    await form.scrollIntoViewIfNeeded();
    await harness.screenshot('participant-error-en');
    await addParticipant({ name: '   ' });
    await expect.poll(() => text(error)).toMatch(/A participant needs a name/);
    expect(await panel.getByTestId('participant').count()).toBe(3);

    expect(await row('Ayesha Khan').getByTestId('consent-badge').getAttribute('data-tone')).toBe('green');
    expect(await row('Sana Baloch').getByTestId('consent-badge').getAttribute('data-tone')).toBe('amber');
    expect(await row('Bilal Ahmed').getByTestId('consent-badge').getAttribute('data-tone')).toBe('red');
    expect(await row('Sana Baloch').getByTestId('no-form').count()).toBe(1);
    expect(await row('Ayesha Khan').getByTestId('no-form').count()).toBe(0);
    expect(await row('Ayesha Khan').getByTestId('scan-on-file').count()).toBe(1);
    const stored = (await harness.engine.api['sessions.get']({ sessionId })).session.participants[0];
    expect(stored?.consent.scanPath).toMatch(/^consent\//);
    expect(await text(row('Bilal Ahmed').getByTestId('consent-badge'))).toBe('No consent');

    await form.getByRole('button', { name: 'Cancel' }).click();
    await row('Ayesha Khan').getByTestId('participant-media-link').check();
    await expect
      .poll(
        async () =>
          (await harness.engine.api['sessions.get']({ sessionId })).session.participants[0]?.mediaIds.length,
      )
      .toBe(1);
    await panel.scrollIntoViewIfNeeded();
    await harness.screenshot('participants-en');
  });

  it('shows the programme report with figures, charts, CSV and a clean printout', async () => {
    const { page } = harness;
    await page.getByTestId('reports-button').click();
    const report = page.getByTestId('reports-page');
    await report.getByTestId('report').waitFor();
    expect(await text(report.getByTestId('figure-participants'))).toBe('3 participants, 2 (67 %) women');
    expect(await text(report.getByTestId('figure-sessions'))).toContain('University dialogue: 1');
    expect(await text(report.getByTestId('figure-interviews'))).toContain('1 interview recorded');
    const consent = await text(report.getByTestId('figure-consent'));
    for (const line of [
      'Publish with name: 1',
      'Internal use only: 1',
      'No consent: 1',
      '1 without consent',
      '1 with consent but no form reference or scan',
      '1 with a scanned form',
    ])
      expect(consent).toContain(line);
    await expect
      .poll(() => report.getByTestId('chart-sessions').locator('svg .recharts-bar-rectangle').count())
      .toBeGreaterThan(0);
    await expect
      .poll(() => report.getByTestId('chart-gender').locator('svg .recharts-pie-sector').count())
      .toBe(2);

    await report.getByTestId('filter-campaign').fill('#PeaceTalks');
    await report.getByTestId('filter-type').selectOption('university-dialogue');
    await report.getByTestId('filter-apply').click();
    await expect
      .poll(() => text(report.getByTestId('report-heading')))
      .toBe('Programme report — University dialogue · #PeaceTalks');
    expect(await page.title()).toContain('#PeaceTalks');
    await expect
      .poll(() => text(report.getByTestId('figure-participants')))
      .toBe('3 participants, 2 (67 %) women');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      report.getByTestId('report-csv').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^guftagu-report.*peacetalks\.csv$/);
    const file = path.join(harness.root, download.suggestedFilename());
    await download.saveAs(file);
    const csv = readFileSync(file, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('Karachi University peace dialogue');

    await page.evaluate(() => {
      (window as Window & { printed?: number }).printed = 0;
      window.print = () => {
        const target = window as Window & { printed?: number };
        target.printed = (target.printed ?? 0) + 1;
      };
    });
    await report.getByTestId('report-print').click();
    expect(await page.evaluate(() => (window as Window & { printed?: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await report.getByTestId('report-filters').isVisible()).toBe(false);
    expect(await report.getByTestId('figure-participants').isVisible()).toBe(true);
    await harness.screenshot('report-print-en');
    await page.emulateMedia({ media: 'screen' });
    await harness.screenshot('report-en');
    await report.getByTestId('chart-gender').scrollIntoViewIfNeeded();
    await harness.screenshot('report-charts-en');
    await report.getByTestId('report-heading').scrollIntoViewIfNeeded();

    await page.getByTestId('language-toggle').click();
    await expect.poll(() => text(report.getByTestId('figure-participants'))).toBe('3 شرکاء، 2 (67 %) خواتین');
    expect(await text(report.getByTestId('report-heading'))).toBe(
      'پروگرام رپورٹ — یونیورسٹی مکالمہ · #PeaceTalks',
    );
    await harness.screenshot('report-ur');
    await report.getByTestId('chart-gender').scrollIntoViewIfNeeded();
    await harness.screenshot('report-charts-ur');

    await report.getByTestId('reports-back').click();
    await page.getByTestId('participants-panel').scrollIntoViewIfNeeded();
    expect(await text(row('Bilal Ahmed').getByTestId('consent-badge'))).toBe('رضامندی نہیں');
    await harness.screenshot('participants-ur');
    await page.getByTestId('language-toggle').click();
  });

  it('searches participants and transcripts and opens the result in place', async () => {
    const { page } = harness;
    const input = page.getByTestId('search-input');
    await input.fill('Sana');
    await input.press('Enter');
    const result = page.getByTestId('search-result').first();
    await result.waitFor();
    expect(await result.getAttribute('data-kind')).toBe('participant');
    // Results are grouped under their session's title.
    expect(await text(page.getByTestId('search-group').first())).toContain(
      'Karachi University peace dialogue',
    );
    expect(await text(result)).toContain('Sana Baloch');
    await result.click();
    await expect.poll(() => row('Sana Baloch').getAttribute('class')).toContain('highlighted');

    // Search as you type: the last word is a prefix, no Enter needed (here in the Urdu UI).
    await page.getByTestId('language-toggle').click();
    await input.fill('courage to lis');
    const cue = page.locator('[data-testid="search-result"][data-kind="cue"]');
    await cue.first().waitFor();
    await harness.screenshot('search-ur');
    await page.getByTestId('language-toggle').click();
    await input.press('Enter');
    await cue.first().waitFor();
    expect(await text(cue.first())).toContain('Peace begins with the courage to listen.');
    // Under the recording's name, with the cue's timecode.
    expect(await text(page.getByTestId('search-recording').first())).toMatch(/\d+:\d\d/);
    await harness.screenshot('search-en');
    await cue.first().click();
    const focused = page.locator('[data-testid="cue"][data-focused="true"]');
    await focused.waitFor();
    expect(await text(focused)).toContain('Peace begins with the courage to listen.');
    await expect.poll(() => focused.isVisible()).toBe(true);

    // A clip is found by its title and tags (under its session), in English and Urdu, and opens in place.
    const { session } = await harness.engine.api['sessions.get']({ sessionId });
    const clip = await harness.engine.api['clips.save']({
      sessionId,
      clip: {
        mediaId: session.media[0]!.id,
        startMs: 500,
        endMs: 3_000,
        title: 'برداشت پر طلبہ کی رائے، campus 2024',
        tags: ['tolerance week'],
      },
    });
    await input.fill('برداشت طلب');
    await input.press('Enter');
    const clipResult = page.locator('[data-testid="search-result"][data-kind="clip"]');
    await clipResult.first().waitFor();
    const clipText = async () => ({
      kind: await text(clipResult.first().locator('.search-kind')),
      snippet: await text(clipResult.first().locator('.search-snippet')),
    });
    expect(await clipText()).toEqual({ kind: '✂ Clip', snippet: 'برداشت پر طلبہ کی رائے، campus 2024' });
    expect(await text(page.getByTestId('search-group').first())).toContain(
      'Karachi University peace dialogue',
    );
    await harness.screenshot('search-clip-en');
    await page.getByTestId('language-toggle').click();
    await input.fill('tolerance wee');
    await expect.poll(clipText).toEqual({ kind: '✂ کلپ', snippet: 'برداشت پر طلبہ کی رائے، campus 2024' });
    await harness.screenshot('search-clip-ur');
    // The toggle is a click outside the results, which closes them: Enter shows them again.
    await page.getByTestId('language-toggle').click();
    await input.press('Enter');
    await clipResult.first().click();
    const clipRow = page.locator(`[data-testid="clip-row"][data-clip-id="${clip.id}"]`);
    await expect.poll(() => clipRow.getAttribute('data-highlighted')).toBe('true');
    await expect.poll(() => clipRow.isVisible()).toBe(true);

    await input.fill('no such words anywhere');
    await input.press('Enter');
    await page.getByTestId('search-empty').waitFor();
    await input.press('Escape');
    expect(await page.getByTestId('search-results').count()).toBe(0);
  });

  it('edits a participant inline and removes one after a confirmation', async () => {
    const { page } = harness;
    await page.getByTestId('search-input').press('Escape');
    await row('Bilal Ahmed').getByTestId('participant-edit').click();
    const form = page.getByTestId('participant-edit-form');
    await form.getByTestId('participant-scope').selectOption('publish-anonymous');
    await form.getByTestId('participant-form-ref').fill('DN-7');
    await form.getByTestId('participant-edit-form-submit').click();
    await expect
      .poll(() => row('Bilal Ahmed').getByTestId('consent-badge').getAttribute('data-tone'))
      .toBe('blue');
    const { session } = await harness.engine.api['sessions.get']({ sessionId });
    expect(
      session.history.some(
        (event) => event.kind === 'consent-changed' && event.toScope === 'publish-anonymous',
      ),
    ).toBe(true);

    await row('Sana Baloch').getByTestId('participant-remove').click();
    await row('Sana Baloch').getByTestId('participant-remove-confirm').click();
    await expect.poll(() => page.getByTestId('participant').count()).toBe(2);
  });
});
