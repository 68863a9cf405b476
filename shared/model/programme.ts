import { z } from 'zod';

/** Programme data of a session: what donors count (event metadata, participants, consent, history). */

export const sessionTypes = [
  'dialogue',
  'performance',
  'journalist-training',
  'round-table',
  'university-dialogue',
  'studio-recording',
  'other',
] as const;
export type SessionType = (typeof sessionTypes)[number];

export const genders = ['woman', 'man', 'transgender', 'other', 'not-stated'] as const;
export type Gender = (typeof genders)[number];

export const ageBands = ['under-18', '18-24', '25-34', '35-44', '45-54', '55-64', '65-plus'] as const;
export type AgeBand = (typeof ageBands)[number];

export const participantRoles = [
  'participant',
  'panelist',
  'speaker',
  'trainer',
  'campus-ambassador',
] as const;
export type ParticipantRole = (typeof participantRoles)[number];

/** From least to most permissive; the order matters (a change down the list is "lowering" consent). */
export const consentScopes = ['none', 'internal', 'publish-anonymous', 'publish-named'] as const;
export type ConsentScope = (typeof consentScopes)[number];

export const consentPurposes = ['publish', 'internal'] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];

/** A calendar date, YYYY-MM-DD (no time zone: the day the event or signature happened, locally). */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the date as YYYY-MM-DD.');

export const sessionMetadataSchema = z.object({
  type: z.enum(sessionTypes).optional(),
  date: isoDateSchema.optional(),
  venue: z.string().optional(),
  city: z.string().optional(),
  organiser: z.string().optional(),
  partners: z.array(z.string()).default([]),
  campaign: z.string().optional(),
  /** Stored with a leading '#'. */
  hashtags: z.array(z.string()).default([]),
  /** Topics or impact areas. */
  topics: z.array(z.string()).default([]),
  /** Language codes or names as the organisers write them ('ur', 'en', 'Saraiki'). */
  languages: z.array(z.string()).default([]),
  /** Broadcast or livestream link. */
  link: z.string().optional(),
  /** Media that are not recorded interviews (b-roll, performance footage): the report does not count them. */
  nonInterviewMediaIds: z.array(z.string()).default([]),
});
export type SessionMetadata = z.infer<typeof sessionMetadataSchema>;

export const emptySessionMetadata = (): SessionMetadata => ({
  partners: [],
  hashtags: [],
  topics: [],
  languages: [],
  nonInterviewMediaIds: [],
});

export const consentSchema = z.object({
  scope: z.enum(consentScopes),
  date: isoDateSchema.optional(),
  /** Reference written on the paper form. */
  formRef: z.string().optional(),
  /** Scan of the signed form, relative to the session folder ('consent/<file>'), so the folder stays portable. */
  scanPath: z.string().optional(),
});
export type Consent = z.infer<typeof consentSchema>;

export const participantSchema = z.object({
  id: z.string().min(1),
  /** Per-session number, never reused: "Participant 3" when the person publishes anonymously. */
  number: z.number().int().positive(),
  name: z.string().min(1),
  /** The same name in other scripts (e.g. Urdu), so anonymising removes it there too. */
  otherNames: z.array(z.string()).default([]),
  gender: z.enum(genders),
  ageBand: z.enum(ageBands).optional(),
  /** Organisation or university. */
  organisation: z.string().optional(),
  role: z.enum(participantRoles).default('participant'),
  languages: z.array(z.string()).default([]),
  notes: z.string().default(''),
  consent: consentSchema,
  /** Media in which this person appears (cues where they speak carry speakerId = this id). */
  mediaIds: z.array(z.string()).default([]),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Participant = z.infer<typeof participantSchema>;

export const historyKinds = [
  'participant-added',
  'participant-updated',
  'participant-removed',
  'consent-changed',
  'consent-override',
  'clip-exported',
  'metadata-changed',
] as const;
export type HistoryKind = (typeof historyKinds)[number];

/** One line of the session's history: append-only, never rewritten. */
export const historyEventSchema = z.object({
  id: z.string().min(1),
  at: z.string(),
  kind: z.enum(historyKinds),
  participantId: z.string().optional(),
  /** consent-override: the written reason. */
  reason: z.string().optional(),
  purpose: z.enum(consentPurposes).optional(),
  /** consent-changed: the scope before and after. */
  fromScope: z.enum(consentScopes).optional(),
  toScope: z.enum(consentScopes).optional(),
  /** clip-exported: where it went ('reels', 'youtube', …), which clip, which file. */
  platform: z.string().optional(),
  clipId: z.string().optional(),
  fileName: z.string().optional(),
  /** clip-exported: the override that allowed it, when consent alone did not. */
  overrideId: z.string().optional(),
  details: z.string().optional(),
});
export type HistoryEvent = z.infer<typeof historyEventSchema>;
