import { toCsv } from '../format/csv';
import type { ProgrammeReport, ReportFilters } from './schemas';

const percent = (part: number, whole: number) =>
  whole === 0 ? '' : String(Math.round((100 * part) / whole));

/** The report as rows of Section, Item, Count, Percent or note. */
export function reportRows(report: ProgrammeReport): string[][] {
  const { filters } = report;
  const rows: string[][] = [['Section', 'Item', 'Count', 'Percent or note']];
  const add = (section: string, item: string, count: number | string, note = '') =>
    rows.push([section, item, String(count), note]);
  add('Filter', 'From', '', filters.from ?? 'any');
  add('Filter', 'To', '', filters.to ?? 'any');
  add('Filter', 'Campaign', '', filters.campaign ?? 'any');
  add('Filter', 'Session type', '', filters.sessionType ?? 'any');
  add('Sessions', 'Total', report.sessions.total);
  for (const { type, count } of report.sessions.byType) add('Sessions by type', type, count);
  const people = report.participants;
  add('Participants', 'Total', people.total);
  add('Participants', 'Women', people.women, people.total === 0 ? '' : String(people.womenPercent));
  for (const { gender, count } of people.byGender)
    add('Participants by gender', gender, count, percent(count, people.total));
  for (const { role, count } of people.byRole) add('Participants by role', role, count);
  for (const { ageBand, count } of people.byAgeBand) add('Participants by age', ageBand, count);
  add('Interviews', 'Recorded', report.interviews.total);
  add('Interviews', 'Media items', report.interviews.media, 'all media, before exclusions');
  add('Interviews', 'Not interviews', report.interviews.notInterviews);
  add('Interviews', 'Failed imports', report.interviews.failed);
  add('Clips exported', 'Total', report.clips.total);
  for (const { platform, count } of report.clips.byPlatform) add('Clips by platform', platform, count);
  for (const { language, sessions, participants } of report.languages)
    add('Languages', language, participants, `participants; ${sessions} sessions`);
  for (const { scope, count } of report.consent.byScope)
    add('Consent', scope, count, percent(count, people.total));
  add('Consent', 'Missing', report.consent.missing);
  add('Consent', 'Without form reference or scan', report.consent.withoutForm);
  add('Consent', 'With scanned form', report.consent.withScan);
  for (const flag of report.flags)
    add('Consent flag', `${flag.sessionTitle}: ${flag.participantName}`, '', flag.message);
  for (const line of report.sessions.list) {
    const where = [line.date, line.type ?? '', line.city ?? '', line.campaign ?? ''].filter(
      (part) => part !== '',
    );
    add(
      'Session',
      line.title,
      line.participants,
      `${where.join(', ')}; ${line.women} women, ${line.interviews} interviews, ${line.clips} clips`,
    );
  }
  for (const skipped of report.skipped) add('Not counted', skipped.sessionId, '', skipped.message);
  return rows;
}

export function reportCsv(report: ProgrammeReport): string {
  return toCsv(reportRows(report));
}

/** guftagu-report_2026-01-01_2026-03-31_campaign.csv: ASCII, safe on every file system. */
export function reportFileName(filters: ReportFilters): string {
  const parts = ['guftagu-report', filters.from ?? 'start', filters.to ?? 'today'];
  if (filters.sessionType) parts.push(filters.sessionType);
  if (filters.campaign) {
    const slug = filters.campaign
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/gu, '-')
      .replace(/^-+|-+$/gu, '')
      .toLowerCase()
      .slice(0, 40);
    parts.push(slug === '' ? 'campaign' : slug);
  }
  return `${parts.join('_')}.csv`;
}
