import { describe, expect, it } from 'vitest';
import { reportCsv, reportFileName } from '../../../shared/programme/csv';
import { computeReport } from '../../../shared/programme/report';
import { programmeReportSchema } from '../../../shared/programme/schemas';
import { programmeFixture, session } from './fixture';

const counts = <T extends { count: number }>(rows: T[], key: keyof T) =>
  Object.fromEntries(rows.filter((row) => row.count > 0).map((row) => [row[key], row.count]));

describe('computeReport on the hand-counted fixture', () => {
  const report = computeReport(programmeFixture(), {});

  it('matches the contract', () => {
    expect(programmeReportSchema.parse(report)).toEqual(report);
  });

  it('counts sessions by type, in date order', () => {
    expect(report.sessions.total).toBe(4);
    expect(counts(report.sessions.byType, 'type')).toEqual({
      dialogue: 1,
      performance: 1,
      'university-dialogue': 1,
      unspecified: 1,
    });
    expect(report.sessions.list.map((line) => [line.id, line.date])).toEqual([
      ['peshawar', '2025-12-20'],
      ['lahore', '2026-02-10'],
      ['karachi', '2026-03-05'],
      ['quetta', ''], // no date: never its creation day
    ]);
    expect(report.sessions.list[1]).toMatchObject({ participants: 3, women: 2, interviews: 1, clips: 3 });
  });

  it('counts participants and the share of women over everyone', () => {
    expect(report.participants).toMatchObject({ total: 7, women: 3, womenPercent: 43 });
    expect(counts(report.participants.byGender, 'gender')).toEqual({
      woman: 3,
      man: 2,
      transgender: 1,
      'not-stated': 1,
    });
    expect(counts(report.participants.byRole, 'role')).toEqual({
      participant: 4,
      speaker: 1,
      trainer: 1,
      'campus-ambassador': 1,
    });
    expect(counts(report.participants.byAgeBand, 'ageBand')).toEqual({
      '18-24': 1,
      '25-34': 1,
      'not-stated': 5,
    });
  });

  it('counts every media item as an interview except failed ones and those marked otherwise', () => {
    expect(report.interviews).toEqual({ total: 4, media: 6, notInterviews: 1, failed: 1 });
  });

  it('counts distinct clip exports per platform', () => {
    expect(report.clips).toEqual({
      total: 4,
      byPlatform: [
        { platform: 'reels', count: 2 },
        { platform: 'tiktok', count: 1 },
        { platform: 'youtube', count: 1 },
      ],
    });
  });

  it('counts languages by name (ur = Urdu), per session and per participant', () => {
    expect(report.languages).toEqual([
      { language: 'Balochi', sessions: 0, participants: 1 },
      { language: 'English', sessions: 1, participants: 1 },
      { language: 'Urdu', sessions: 2, participants: 2 },
    ]);
  });

  it('covers consent: each scope, missing, without a form, with a scan', () => {
    expect(counts(report.consent.byScope, 'scope')).toEqual({
      none: 1,
      internal: 1,
      'publish-anonymous': 2,
      'publish-named': 3,
    });
    expect(report.consent).toMatchObject({ missing: 1, withoutForm: 2, withScan: 1 });
  });

  it('flags exports that consent set or lowered afterwards does not cover, once per clip and platform', () => {
    expect(
      report.flags.map((flag) => [flag.reason, flag.participantName, flag.clipId, flag.platform]),
    ).toEqual([
      ['consent-lowered-after-export', 'Ayesha Khan', 'c1', 'reels'],
      ['consent-set-after-export', 'Sana Baloch', 'c9', 'tiktok'],
    ]);
    expect(report.flags[0]?.exportedAt).toBe('2026-02-11T10:00:00.000Z');
    expect(report.flags[0]?.message).toContain(
      'lowered from consent to publish with their name to consent for internal use only',
    );
    expect(report.flags[1]?.message).toContain('had no consent when clip c9 was exported to tiktok');
  });

  it('flags a consent form dated after the export', () => {
    const [lahore] = programmeFixture();
    if (!lahore) throw new Error('fixture');
    const zainab = lahore.participants[2];
    if (!zainab) throw new Error('fixture');
    zainab.consent.date = '2026-02-15';
    lahore.history.push({
      id: 'x',
      kind: 'clip-exported',
      participantId: zainab.id,
      clipId: 'c3',
      platform: 'x',
      at: '2026-02-14T10:00:00.000Z',
    });
    const flags = computeReport([lahore], {}).flags.filter(
      (flag) => flag.reason === 'consent-dated-after-export',
    );
    expect(flags).toHaveLength(1);
    expect(flags[0]?.message).toBe(
      "Zainab Bibi's consent form is dated 2026-02-15, after clip c3 was exported to x on 2026-02-14.",
    );
  });

  it('filters by date range (inclusive; a session without a date is left out, not counted at its creation)', () => {
    const range = computeReport(programmeFixture(), { from: '2026-02-10', to: '2026-04-01' });
    expect(range.sessions.list.map((line) => line.id)).toEqual(['lahore', 'karachi']);
    expect(range.participants).toMatchObject({ total: 5, women: 3, womenPercent: 60 });
    expect(computeReport(programmeFixture(), { to: '2026-03-31' }).sessions.total).toBe(3);
  });

  it('filters by campaign (case and spaces ignored) and by type', () => {
    const bol = computeReport(programmeFixture(), { campaign: 'BOL' });
    expect(bol.sessions.list.map((line) => line.id)).toEqual(['lahore', 'karachi']);
    expect(bol.clips.total).toBe(4);
    expect(bol.flags).toHaveLength(2);
    for (const typed of ['#Bol', ' #BOL ', 'bol'])
      expect(computeReport(programmeFixture(), { campaign: typed }).sessions.total).toBe(2);
    const performance = computeReport(programmeFixture(), { sessionType: 'performance' });
    expect(performance.sessions.list.map((line) => line.id)).toEqual(['peshawar']);
    expect(performance.participants).toMatchObject({ total: 1, women: 0, womenPercent: 0 });
  });

  it('gives zeros, not NaN, for an empty workspace', () => {
    const empty = computeReport([], {});
    expect(empty.participants.womenPercent).toBe(0);
    expect(empty.sessions.total).toBe(0);
    expect(computeReport([session('s')], {}).interviews.total).toBe(0);
  });
});

describe('CSV', () => {
  it('writes a title that is a spreadsheet formula as text', () => {
    const sessions = programmeFixture();
    const first = sessions[0];
    if (first) first.title = '=HYPERLINK("http://evil.example","click")';
    const csv = reportCsv(computeReport(sessions, {}));
    expect(csv).toContain('"\'=HYPERLINK(""http://evil.example"",""click"")"');
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/mu);
  });

  it('writes the report with Urdu intact and the hand counts', () => {
    const sessions = programmeFixture();
    const lahore = sessions[1];
    if (lahore) lahore.title = 'کراچی، مکالمہ';
    const csv = reportCsv(computeReport(sessions, {}));
    expect(csv.startsWith('\uFEFFSection,Item,Count,Percent or note\r\n')).toBe(true);
    expect(csv).toContain('\r\nParticipants,Total,7,\r\n');
    expect(csv).toContain('\r\nParticipants,Women,3,43\r\n');
    expect(csv).toContain('\r\nClips by platform,reels,2,\r\n');
    expect(csv).toContain('Session,کراچی، مکالمہ,2,');
  });

  it('names the file after the filters, in ASCII', () => {
    expect(reportFileName({})).toBe('guftagu-report_start_today.csv');
    expect(
      reportFileName({
        from: '2026-01-01',
        to: '2026-03-31',
        campaign: 'Bol ke lab',
        sessionType: 'dialogue',
      }),
    ).toBe('guftagu-report_2026-01-01_2026-03-31_dialogue_bol-ke-lab.csv');
    expect(reportFileName({ campaign: 'بول' })).toBe('guftagu-report_start_today_campaign.csv');
  });
});
