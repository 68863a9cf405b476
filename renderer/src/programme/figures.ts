import type { ProgrammeReport, ReportFilters } from '../../../shared/programme/schemas';
import type { Language } from '../i18n/translate';
import type { ProgrammeTranslate } from './i18n/useProgrammeT';
import { scopeKey, typeKey } from './labels';

/**
 * The report's figures as sentences. Every number is the engine's (reports.get): nothing is re-counted
 * or re-rounded here, so the screen, the CSV and the CLI always agree.
 */

export function sessionsFigure(report: ProgrammeReport, t: ProgrammeTranslate): string {
  const count = report.sessions.total;
  return count === 1 ? t('sessionsFigureOne') : t('sessionsFigure', { count });
}

/** "502 participants, 186 (37 %) women"; "1 participant, 1 (100 %) woman" (Intl.PluralRules). */
export function participantsFigure(
  report: ProgrammeReport,
  t: ProgrammeTranslate,
  language: Language = 'en',
): string {
  const { total, women, womenPercent } = report.participants;
  const womenKey =
    new Intl.PluralRules(language).select(women) === 'one' ? 'womenFigure_one' : 'womenFigure_other';
  return t(total === 1 ? 'participantsFigureOne' : 'participantsFigure', {
    total,
    women: t(womenKey, { count: women, percent: womenPercent }),
  });
}

export function interviewsFigure(report: ProgrammeReport, t: ProgrammeTranslate): string {
  const total = report.interviews.total;
  return total === 1 ? t('interviewsFigureOne') : t('interviewsFigure', { total });
}

export function interviewsDetail(report: ProgrammeReport, t: ProgrammeTranslate): string {
  const { media, notInterviews, failed } = report.interviews;
  return t('interviewsDetail', { media, notInterviews, failed });
}

export function clipsFigure(report: ProgrammeReport, t: ProgrammeTranslate): string {
  const total = report.clips.total;
  return total === 1 ? t('clipsFigureOne') : t('clipsFigure', { total });
}

/** Consent coverage: one line per scope ("Publish with name: 1"), then what is missing. */
export function consentLines(report: ProgrammeReport, t: ProgrammeTranslate): string[] {
  const { byScope, missing, withoutForm, withScan } = report.consent;
  return [
    ...[...byScope].reverse().map(({ scope, count }) => `${t(scopeKey(scope))}: ${count}`),
    t('consentMissing', { count: missing }),
    t('consentWithoutForm', { count: withoutForm }),
    t('consentWithScan', { count: withScan }),
  ];
}

/** Keeps a value's own direction inside a sentence of the other script ("#PeaceTalks" in Urdu). */
export const isolate = (value: string): string => `\u2068${value}\u2069`;

/**
 * The report's title, naming its filters: also the document title, so a printout or PDF says what it
 * covers. The campaign is isolated so its '#' stays in front of it in an Urdu title.
 */
export function reportHeading(filters: ReportFilters, t: ProgrammeTranslate): string {
  const parts = [
    filters.sessionType === undefined ? undefined : t(typeKey(filters.sessionType)),
    filters.campaign === undefined ? undefined : isolate(filters.campaign),
    filters.from === undefined ? undefined : t('fromDate', { date: filters.from }),
    filters.to === undefined ? undefined : t('toDate', { date: filters.to }),
  ].filter((part): part is string => part !== undefined);
  return `${t('reportTitle')} — ${parts.length === 0 ? t('allSessions') : parts.join(' · ')}`;
}

/** Chart rows: only the categories that occur (a chart of zeros says nothing), labels translated. */
export function chartRows<T>(
  rows: readonly T[],
  count: (row: T) => number,
  label: (row: T) => string,
): Array<{ label: string; count: number }> {
  return rows.filter((row) => count(row) > 0).map((row) => ({ label: label(row), count: count(row) }));
}
