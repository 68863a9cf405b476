import { z } from 'zod';
import {
  ageBands,
  consentPurposes,
  consentScopes,
  genders,
  participantRoles,
  participantSchema,
  sessionTypes,
} from '../../model/programme';
import { sessionSchema } from '../../model/session';
import {
  consentDecisionSchema,
  programmeReportSchema,
  reportFiltersSchema,
  searchKinds,
  searchResultSchema,
} from '../../programme/schemas';
import { transcriptSchema } from '../../transcript/model';
import { mediaId, method, sessionId } from './define';

/**
 * Programme data: session metadata, participants and their consent, the consent gate, history of exports,
 * the programme report and search. Dates are YYYY-MM-DD, checked by the engine (a real date, not in the
 * future) so the error can say what is wrong. In patches, a field left out is unchanged and `null` (or an
 * empty text) clears it.
 */

const text = (max: number) => z.string().max(max, `Keep it under ${max} characters.`);
const clearable = (max: number) => text(max).nullable().optional();
const list = z.array(text(200)).max(200);
const participantId = z.string().min(1).max(200);

export const metadataPatchSchema = z
  .object({
    type: z.enum(sessionTypes).nullable().optional(),
    date: clearable(20),
    venue: clearable(300),
    city: clearable(200),
    organiser: clearable(300),
    partners: list.optional(),
    campaign: clearable(200),
    hashtags: list.optional(),
    topics: list.optional(),
    languages: list.optional(),
    link: clearable(2000),
    nonInterviewMediaIds: z.array(mediaId).optional(),
  })
  .strict();
export type MetadataPatch = z.infer<typeof metadataPatchSchema>;

const consentInput = z
  .object({
    scope: z.enum(consentScopes),
    date: clearable(20),
    formRef: clearable(200),
  })
  .strict();

export const participantInputSchema = z
  .object({
    name: text(300),
    otherNames: list.optional(),
    gender: z.enum(genders),
    ageBand: z.enum(ageBands).optional(),
    organisation: text(300).optional(),
    role: z.enum(participantRoles).optional(),
    languages: list.optional(),
    notes: text(20_000).optional(),
    consent: consentInput.optional(),
    mediaIds: z.array(mediaId).optional(),
    /** A scan of the signed form anywhere on disk: copied into the session's consent/ folder. */
    consentScanFile: z.string().min(1).optional(),
  })
  .strict();
export type ParticipantInput = z.infer<typeof participantInputSchema>;

export const participantPatchSchema = z
  .object({
    name: text(300).optional(),
    otherNames: list.optional(),
    gender: z.enum(genders).optional(),
    ageBand: z.enum(ageBands).nullable().optional(),
    organisation: clearable(300),
    role: z.enum(participantRoles).optional(),
    languages: list.optional(),
    notes: text(20_000).optional(),
    /** The whole consent record; a change of scope is written to the history. */
    consent: consentInput.optional(),
    mediaIds: z.array(mediaId).optional(),
  })
  .strict();
export type ParticipantPatch = z.infer<typeof participantPatchSchema>;

const withParticipant = z.object({ session: sessionSchema, participant: participantSchema });

export const programmeMethods = {
  'sessions.updateMetadata': method(z.object({ sessionId, metadata: metadataPatchSchema }), sessionSchema),
  'participants.add': method(z.object({ sessionId, participant: participantInputSchema }), withParticipant),
  'participants.update': method(
    z.object({ sessionId, participantId, patch: participantPatchSchema }),
    withParticipant,
  ),
  /** Removes the participant; the history keeps its events (by id and number, without the name). */
  'participants.remove': method(z.object({ sessionId, participantId }), sessionSchema),
  /** Copies a scan of the consent form into consent/ (atomically) and records its relative path. */
  'participants.attachConsentScan': method(
    z.object({ sessionId, participantId, path: z.string().min(1, 'Choose the scanned form.') }),
    withParticipant,
  ),
  /**
   * Sets (or, with null, clears) the speaker of cues. Saved against the transcript's current revision, and
   * the media is added to the participant's mediaIds.
   */
  'transcripts.assignSpeaker': method(
    z.object({
      sessionId,
      mediaId,
      trackId: z.string().min(1),
      cueIds: z.array(z.string().min(1)).min(1, 'Choose at least one cue.'),
      participantId: participantId.nullable(),
    }),
    z.object({ transcript: transcriptSchema }),
  ),
  'consent.check': method(
    z.object({ sessionId, participantId, purpose: z.enum(consentPurposes) }),
    consentDecisionSchema,
  ),
  /** Records a written reason to go past the consent gate once; pass the id to history.recordExport. */
  'consent.override': method(
    z.object({ sessionId, participantId, purpose: z.enum(consentPurposes), reason: text(2000) }),
    z.object({ overrideId: z.string() }),
  ),
  'history.recordExport': method(
    z.object({
      sessionId,
      participantId: participantId.optional(),
      platform: z.string().trim().min(1).max(100),
      clipId: z.string().min(1).max(200),
      fileName: z.string().min(1).max(500),
      overrideId: z.string().min(1).optional(),
    }),
    z.object({ eventId: z.string() }),
  ),
  'reports.get': method(reportFiltersSchema, programmeReportSchema),
  /** The report as CSV: RFC 4180, CRLF, UTF-8 with a byte-order mark (Excel shows Urdu correctly). */
  'reports.csv': method(reportFiltersSchema, z.object({ csv: z.string(), fileName: z.string() })),
  'search.query': method(
    z.object({
      text: z.string().trim().min(1, 'Type something to search for.').max(500),
      kinds: z.array(z.enum(searchKinds)).min(1).optional(),
    }),
    z.object({ results: z.array(searchResultSchema), truncated: z.boolean() }),
  ),
} as const;
