import { z } from 'zod';
import {
  ageBands,
  consentScopes,
  genders,
  isoDateSchema,
  participantRoles,
  sessionTypes,
} from '../model/programme';

/** Shapes of what the programme API answers: the consent decision, the report, search results. */

export const consentDecisionSchema = z.object({
  decision: z.enum(['allowed', 'refused', 'anonymize']),
  message: z.string(),
  /** refused: what to do about it. */
  hint: z.string().optional(),
  /** anonymize: the name to use instead ("Participant 3"). */
  anonymizedName: z.string().optional(),
  scope: z.enum(consentScopes),
  participantId: z.string(),
});
export type ConsentCheck = z.infer<typeof consentDecisionSchema>;

export const reportFiltersSchema = z.object({
  /** Inclusive, YYYY-MM-DD, compared with the session's date (a session without one is left out of a range). */
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  /** Compared case- and diacritic-insensitively, with or without a leading "#". */
  campaign: z.string().trim().min(1).optional(),
  sessionType: z.enum(sessionTypes).optional(),
});
export type ReportFilters = z.infer<typeof reportFiltersSchema>;

const count = z.number().int().nonnegative();

export const reportFlagReasons = [
  'consent-set-after-export',
  'consent-lowered-after-export',
  'consent-dated-after-export',
] as const;

export const reportFlagSchema = z.object({
  reason: z.enum(reportFlagReasons),
  sessionId: z.string(),
  sessionTitle: z.string(),
  participantId: z.string(),
  participantName: z.string(),
  clipId: z.string(),
  platform: z.string(),
  fileName: z.string().optional(),
  exportedAt: z.string(),
  /** When consent changed (ISO time), or the date on the form for 'consent-dated-after-export'. */
  changedAt: z.string(),
  fromScope: z.enum(consentScopes).optional(),
  toScope: z.enum(consentScopes).optional(),
  message: z.string(),
});
export type ReportFlag = z.infer<typeof reportFlagSchema>;

export const reportSessionLineSchema = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string(),
  type: z.enum(sessionTypes).optional(),
  city: z.string().optional(),
  campaign: z.string().optional(),
  participants: count,
  women: count,
  interviews: count,
  clips: count,
});

export const programmeReportSchema = z.object({
  filters: reportFiltersSchema,
  sessions: z.object({
    total: count,
    byType: z.array(z.object({ type: z.enum([...sessionTypes, 'unspecified']), count })),
    list: z.array(reportSessionLineSchema),
  }),
  participants: z.object({
    total: count,
    women: count,
    /** Women as a whole percentage of all participants (every gender, "not stated" included); 0 when none. */
    womenPercent: count,
    byGender: z.array(z.object({ gender: z.enum(genders), count })),
    byRole: z.array(z.object({ role: z.enum(participantRoles), count })),
    byAgeBand: z.array(z.object({ ageBand: z.enum([...ageBands, 'not-stated']), count })),
  }),
  interviews: z.object({
    /** Media items recorded, less failed imports and media marked as not an interview. */
    total: count,
    /** Every media item of the sessions counted. */
    media: count,
    notInterviews: count,
    failed: count,
  }),
  clips: z.object({
    /** Distinct (clip, platform) exports: re-exporting the same clip to the same platform counts once. */
    total: count,
    byPlatform: z.array(z.object({ platform: z.string(), count })),
  }),
  /** From session metadata and participants' languages; codes shown by name (ur → Urdu). */
  languages: z.array(z.object({ language: z.string(), sessions: count, participants: count })),
  consent: z.object({
    byScope: z.array(z.object({ scope: z.enum(consentScopes), count })),
    /** Participants with scope 'none'. */
    missing: count,
    /** Participants with some consent but neither a form reference nor a scan. */
    withoutForm: count,
    withScan: count,
  }),
  /** Exports that consent recorded later does not cover: review these clips. */
  flags: z.array(reportFlagSchema),
  /** Sessions that could not be read (corrupt, or from a newer Guftagu): not counted. */
  skipped: z.array(z.object({ sessionId: z.string(), message: z.string() })),
});
export type ProgrammeReport = z.infer<typeof programmeReportSchema>;

export const searchKinds = ['session', 'participant', 'topic', 'tag', 'cue', 'clip'] as const;
export type SearchKind = (typeof searchKinds)[number];

export const searchResultSchema = z.object({
  kind: z.enum(searchKinds),
  sessionId: z.string(),
  sessionTitle: z.string(),
  participantId: z.string().optional(),
  mediaId: z.string().optional(),
  trackId: z.string().optional(),
  cueId: z.string().optional(),
  /** A clip result's clip (its recording is mediaId, its start startMs). */
  clipId: z.string().optional(),
  startMs: z.number().int().nonnegative().optional(),
  snippet: z.string(),
  /** The recording's file name, for results in a recording (cues, a participant's first cue). */
  mediaName: z.string().optional(),
  /** Relevance (higher is better); results come ranked and grouped by session, then recording. */
  score: z.number().optional(),
});
export type SearchResult = z.infer<typeof searchResultSchema>;
