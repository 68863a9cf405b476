import { ageBands, consentScopes, genders, participantRoles, sessionTypes } from '../model/programme';
import type { Session } from '../model/session';
import { consentFlags } from './flags';
import { foldText } from './normalize';
import type { ProgrammeReport, ReportFilters } from './schemas';

/**
 * The programme report: pure, computed from the sessions as stored. Every figure covers the sessions the
 * filters select (by the session's date, campaign and type), whatever the date of the exports.
 * - Interviews: every media item counts as a recorded interview, except failed imports and media the
 *   session marks as not an interview (metadata.nonInterviewMediaIds).
 * - Clips: distinct (clip, platform) pairs among the session's 'clip-exported' history events.
 * - Share of women: women / all participants, rounded to a whole percent.
 */

/** The date a session counts under: its metadata date, else the day it was created. */
export const sessionDate = (session: Session): string =>
  session.metadata.date ?? session.createdAt.slice(0, 10);

/** A campaign as typed: "#PeaceTalks", "peacetalks" and " #peaceTalks " are one campaign. */
export const campaignKey = (value: string): string => foldText(value.trim().replace(/^#+/u, ''));

/**
 * A session counts under its own date only. One without a date is never counted at its creation day: a
 * date range leaves it out, and the list says "no date" (an empty date).
 */
export function sessionMatches(session: Session, filters: ReportFilters): boolean {
  const date = session.metadata.date;
  if ((filters.from !== undefined || filters.to !== undefined) && date === undefined) return false;
  if (date !== undefined && filters.from !== undefined && date < filters.from) return false;
  if (date !== undefined && filters.to !== undefined && date > filters.to) return false;
  if (filters.sessionType !== undefined && session.metadata.type !== filters.sessionType) return false;
  if (
    filters.campaign !== undefined &&
    campaignKey(session.metadata.campaign ?? '') !== campaignKey(filters.campaign)
  )
    return false;
  return true;
}

const languageNames: Record<string, string> = {
  ur: 'Urdu',
  en: 'English',
  sd: 'Sindhi',
  pa: 'Punjabi',
  pnb: 'Punjabi',
  ps: 'Pashto',
  bal: 'Balochi',
  skr: 'Saraiki',
  ar: 'Arabic',
  fa: 'Persian',
};

/** 'ur' and 'Urdu' are one language in the report. */
export const languageName = (value: string): string =>
  languageNames[value.trim().toLowerCase()] ?? value.trim();

function tally<K extends string>(keys: readonly K[], values: readonly K[]): Array<{ key: K; count: number }> {
  return keys.map((key) => ({ key, count: values.filter((value) => value === key).length }));
}

export function interviewCounts(session: Session): { total: number; notInterviews: number; failed: number } {
  const excluded = new Set(session.metadata.nonInterviewMediaIds);
  const failed = session.media.filter((media) => media.status === 'failed').length;
  const notInterviews = session.media.filter(
    (media) => media.status !== 'failed' && excluded.has(media.id),
  ).length;
  return { total: session.media.length - failed - notInterviews, notInterviews, failed };
}

/** Distinct (clip, platform) exports of a session. */
export function clipExports(session: Session): Array<{ clipId: string; platform: string }> {
  const seen = new Map<string, { clipId: string; platform: string }>();
  for (const event of session.history) {
    if (event.kind !== 'clip-exported' || event.clipId === undefined || event.platform === undefined)
      continue;
    seen.set(`${event.clipId}\u0000${event.platform}`, { clipId: event.clipId, platform: event.platform });
  }
  return [...seen.values()];
}

export function computeReport(
  allSessions: readonly Session[],
  filters: ReportFilters,
  skipped: ProgrammeReport['skipped'] = [],
): ProgrammeReport {
  const sessions = allSessions
    .filter((session) => sessionMatches(session, filters))
    .sort(
      (a, b) =>
        (a.metadata.date ?? '\uffff').localeCompare(b.metadata.date ?? '\uffff') ||
        a.title.localeCompare(b.title),
    );
  const participants = sessions.flatMap((session) => session.participants);
  const women = participants.filter((participant) => participant.gender === 'woman').length;
  const interviews = sessions.map(interviewCounts);
  const exports = sessions.flatMap(clipExports);
  const platforms = [...new Set(exports.map((item) => item.platform))].sort();

  const languages = new Map<string, { language: string; sessions: number; participants: number }>();
  const countLanguage = (value: string, field: 'sessions' | 'participants') => {
    const language = languageName(value);
    const key = foldText(language);
    if (key === '') return;
    const entry = languages.get(key) ?? { language, sessions: 0, participants: 0 };
    entry[field] += 1;
    languages.set(key, entry);
  };
  const distinct = (values: readonly string[]) =>
    new Map(values.map((value) => [foldText(languageName(value)), value])).values();
  for (const session of sessions) {
    for (const value of distinct(session.metadata.languages)) countLanguage(value, 'sessions');
    for (const participant of session.participants)
      for (const value of distinct(participant.languages)) countLanguage(value, 'participants');
  }

  return {
    filters,
    sessions: {
      total: sessions.length,
      byType: [
        ...tally(
          sessionTypes,
          sessions.flatMap((s) => (s.metadata.type ? [s.metadata.type] : [])),
        ).map(({ key, count }) => ({ type: key, count })),
        { type: 'unspecified', count: sessions.filter((s) => s.metadata.type === undefined).length },
      ],
      list: sessions.map((session, index) => ({
        id: session.id,
        title: session.title,
        date: session.metadata.date ?? '',
        ...(session.metadata.type ? { type: session.metadata.type } : {}),
        ...(session.metadata.city ? { city: session.metadata.city } : {}),
        ...(session.metadata.campaign ? { campaign: session.metadata.campaign } : {}),
        participants: session.participants.length,
        women: session.participants.filter((participant) => participant.gender === 'woman').length,
        interviews: interviews[index]?.total ?? 0,
        clips: clipExports(session).length,
      })),
    },
    participants: {
      total: participants.length,
      women,
      womenPercent: participants.length === 0 ? 0 : Math.round((100 * women) / participants.length),
      byGender: tally(
        genders,
        participants.map((p) => p.gender),
      ).map(({ key, count }) => ({ gender: key, count })),
      byRole: tally(
        participantRoles,
        participants.map((p) => p.role),
      ).map(({ key, count }) => ({ role: key, count })),
      byAgeBand: tally(
        [...ageBands, 'not-stated'] as const,
        participants.map((p) => p.ageBand ?? 'not-stated'),
      ).map(({ key, count }) => ({ ageBand: key, count })),
    },
    interviews: {
      total: interviews.reduce((sum, item) => sum + item.total, 0),
      media: sessions.reduce((sum, session) => sum + session.media.length, 0),
      notInterviews: interviews.reduce((sum, item) => sum + item.notInterviews, 0),
      failed: interviews.reduce((sum, item) => sum + item.failed, 0),
    },
    clips: {
      total: exports.length,
      byPlatform: platforms.map((platform) => ({
        platform,
        count: exports.filter((item) => item.platform === platform).length,
      })),
    },
    languages: [...languages.values()].sort((a, b) => a.language.localeCompare(b.language)),
    consent: {
      byScope: tally(
        consentScopes,
        participants.map((p) => p.consent.scope),
      ).map(({ key, count }) => ({ scope: key, count })),
      missing: participants.filter((p) => p.consent.scope === 'none').length,
      withoutForm: participants.filter(
        (p) =>
          p.consent.scope !== 'none' && p.consent.formRef === undefined && p.consent.scanPath === undefined,
      ).length,
      withScan: participants.filter((p) => p.consent.scanPath !== undefined).length,
    },
    flags: sessions.flatMap(consentFlags),
    skipped,
  };
}
