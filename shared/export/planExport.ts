import type { GuftaguError } from '../errors';
import { engineError } from '../errorTexts';
import type { CaptionStyle, Clip, ExportJobRecord, ExportWarning } from '../model/clips';
import type { ConsentScope, Participant } from '../model/programme';
import type { Session } from '../model/session';
import { checkConsent, clipSpeakerIds, isPublishingOverride } from '../programme/consent';
import type { Transcript } from '../transcript/model';
import { sessionDate } from './outputMetadata';
import { expandTemplate, uniqueStem } from './fileName';
import { checkClipForPreset } from './limits';
import { findPreset, type Preset } from './presets';
import { publicationOf, publishedClip, type PublicationRules } from './publication';

/** A consent override (consent.override's id) offered for a clip. */
export interface OverrideChoice {
  clipId: string;
  overrideId: string;
}

/** Everything an export is decided from, read at one moment. */
export interface ExportSnapshot {
  session: Pick<Session, 'id' | 'title' | 'createdAt' | 'notes' | 'metadata' | 'media' | 'history'>;
  /**
   * The session's participants with their consent. Undefined when the list is missing or could not be read:
   * nobody's consent is known, so every clip is refused.
   */
  participants: readonly Participant[] | undefined;
  /** The session's clips; `clipIds` chooses among them, in batch order. */
  clips: readonly Clip[];
  clipIds: readonly string[];
  /** Transcripts by media id; a media item without one is absent. */
  transcripts: ReadonlyMap<string, Pick<Transcript, 'tracks'>>;
  presets: readonly Preset[];
  presetIds: readonly string[];
  styles: readonly Pick<CaptionStyle, 'id'>[];
  styleId?: string;
  overrides: readonly OverrideChoice[];
  fileNameTemplate: string;
  /** File stems already in the output folder: a planned stem never repeats one (nor another of the plan). */
  takenStems?: readonly string[];
}

export type RefusalCode = 'participants-unknown' | 'consent-refused' | 'override-not-for-participant';

/** Why a clip cannot be exported, for whom, under which consent scope. */
export interface PlanRefusal {
  clipId: string;
  code: RefusalCode;
  participantId?: string;
  participantName?: string;
  scope?: ConsentScope;
  /** override-not-for-participant: the override id that fits nobody refused in the clip. */
  overrideId?: string;
  /** In English, for the CLI and logs; the UI words the code and parameters. */
  message: string;
}

export interface PlannedOverride {
  participantId: string;
  overrideId: string;
  reason: string;
}

/** One output: a clip for a preset, who may be named in it, who is anonymised, its file stem. */
export interface PlanItem extends PublicationRules {
  clipId: string;
  presetId: string;
  /** The clip's number in the batch ({n}). */
  n: number;
  fileStem: string;
  /** Participants heard in the clip who may be named. */
  named: string[];
  /** Participants heard in the clip whose names are replaced by "Participant N" everywhere. */
  anonymised: string[];
  /** One override per participant whose refusal was overridden. */
  overrides: PlannedOverride[];
}

/** A clip the plan allows: who may be named in it and who is anonymised (whatever the presets). */
export interface AllowedClip extends PublicationRules {
  clipId: string;
  named: string[];
  anonymised: string[];
}

export interface ExportPlan {
  items: PlanItem[];
  /** Every chosen clip that consent allows, even with no preset chosen (the clip editor shows this). */
  allowed: AllowedClip[];
  refusals: PlanRefusal[];
  /** Consent refusals (severity 'error', one each), unknown ids and advice, as codes with parameters. */
  warnings: ExportWarning[];
}

const label = (clip: Pick<Clip, 'id' | 'title'>) => `"${clip.title || clip.id}"`;

/**
 * The export policy, in one pure function: from a snapshot to the outputs (clip × preset) with their
 * publication rules and file stems, the clips refused (with the participant and their scope) and the
 * warnings. export.check, export.start, the job (re-planned just before it runs), the manifest and the
 * export dialog all use it. The consent rules themselves are in shared/programme/consent.ts.
 */
export function planExport(snapshot: ExportSnapshot): ExportPlan {
  const { session, participants } = snapshot;
  const items: PlanItem[] = [];
  const allowed: AllowedClip[] = [];
  const refusals: PlanRefusal[] = [];
  const warnings: ExportWarning[] = [];
  const presets: Preset[] = [];
  for (const presetId of snapshot.presetIds) {
    const preset = findPreset(snapshot.presets, presetId);
    if (preset) presets.push(preset);
    else
      warnings.push({
        kind: 'unknown-preset',
        presetId,
        severity: 'error',
        message: `There is no preset "${presetId}".`,
        params: { presetId },
      });
  }
  if (snapshot.styleId !== undefined && !snapshot.styles.some((style) => style.id === snapshot.styleId))
    warnings.push({
      kind: 'unknown-style',
      severity: 'error',
      message: `There is no caption style "${snapshot.styleId}".`,
      params: { styleId: snapshot.styleId },
    });
  const taken = new Set(snapshot.takenStems ?? []);
  let n = 0;
  for (const clipId of snapshot.clipIds) {
    const clip = snapshot.clips.find((item) => item.id === clipId);
    if (!clip) {
      warnings.push({
        kind: 'unknown-clip',
        clipId,
        severity: 'error',
        message: `There is no clip "${clipId}".`,
        params: { clipId },
      });
      continue;
    }
    n += 1;
    const media = session.media.find((item) => item.id === clip.mediaId);
    if (!media || clip.endMs > media.probe.durationMs)
      warnings.push({
        kind: 'outside-media',
        clipId,
        severity: 'error',
        message: media
          ? `${label(clip)} ends after its recording does.`
          : `The recording of ${label(clip)} is no longer in the session.`,
        params: { clip: clip.title || clip.id, reason: media ? 'ends-after' : 'media-removed' },
      });
    const transcript = snapshot.transcripts.get(clip.mediaId);
    if (media && !transcript)
      warnings.push({
        kind: 'no-captions',
        clipId,
        severity: 'warning',
        message: `${label(clip)} has no transcript yet, so it will have no captions.`,
        params: { clip: clip.title || clip.id },
      });
    const consent = clipConsent(snapshot, clip, transcript, participants);
    for (const refusal of consent.refusals) {
      refusals.push(refusal);
      warnings.push({
        kind: 'consent',
        clipId,
        severity: 'error',
        message: refusal.message,
        ...(refusal.participantId ? { participantId: refusal.participantId } : {}),
        params: {
          code: refusal.code,
          clip: clip.title || clip.id,
          ...(refusal.participantName ? { name: refusal.participantName } : {}),
          ...(refusal.scope ? { scope: refusal.scope } : {}),
          ...(refusal.overrideId ? { overrideId: refusal.overrideId } : {}),
        },
      });
    }
    const video = media?.probe.video;
    const source = video ? { widthPx: video.displayWidth, heightPx: video.displayHeight } : undefined;
    for (const preset of presets) warnings.push(...checkClipForPreset(clip, preset, source));
    if (consent.refusals.length > 0 || !consent.planned) continue;
    const { rules, publication, named, anonymised, overrides } = consent.planned;
    allowed.push({ clipId, ...rules, named, anonymised });
    const published = publishedClip(clip, publication);
    for (const preset of presets) {
      const stem = expandTemplate(snapshot.fileNameTemplate, {
        session: publication.text(session.title),
        speaker: publication.speakerName,
        preset: preset.id,
        n: String(n),
        clip: published.title,
        topic: published.topic,
        date: sessionDate(session),
      });
      items.push({
        clipId,
        presetId: preset.id,
        n,
        fileStem: uniqueStem(stem, taken),
        ...rules,
        named,
        anonymised,
        overrides,
      });
    }
  }
  return { items, allowed, refusals, warnings };
}

interface ClipConsent {
  refusals: PlanRefusal[];
  planned?: {
    rules: PublicationRules;
    publication: ReturnType<typeof publicationOf>;
    named: string[];
    anonymised: string[];
    overrides: PlannedOverride[];
  };
}

/** The consent of everyone heard in a clip, with the overrides offered for it. */
function clipConsent(
  snapshot: ExportSnapshot,
  clip: Clip,
  transcript: Pick<Transcript, 'tracks'> | undefined,
  participants: readonly Participant[] | undefined,
): ClipConsent {
  if (participants === undefined)
    return {
      refusals: [
        {
          clipId: clip.id,
          code: 'participants-unknown',
          message: `The session's participant list is missing or could not be read, so nobody's consent to publish ${label(clip)} is known.`,
        },
      ],
    };
  const participantOf = (id: string | undefined) =>
    id === undefined ? undefined : participants.find((item) => item.id === id);
  const speaker = participantOf(clip.speakerId);
  const coSpeakers = clipSpeakerIds(clip, transcript)
    .filter((id) => id !== clip.speakerId)
    .map(participantOf)
    .filter((item): item is Participant => item !== undefined);
  const offered = snapshot.overrides.filter((item) => item.clipId === clip.id).map((item) => item.overrideId);
  const used = new Set<string>();
  const overrides: PlannedOverride[] = [];
  const refusals: PlanRefusal[] = [];
  const named: string[] = [];
  const anonymised: string[] = [];
  for (const person of [...(speaker ? [speaker] : []), ...coSpeakers]) {
    const decision = checkConsent(person, 'publish');
    if (decision.decision === 'anonymize') anonymised.push(person.id);
    else named.push(person.id);
    if (decision.decision !== 'refused') continue;
    const event = offered
      .map((id) => snapshot.session.history.find((item) => item.id === id))
      .find((item) => item !== undefined && isPublishingOverride(item, person.id));
    if (event) {
      used.add(event.id);
      overrides.push({ participantId: person.id, overrideId: event.id, reason: event.reason ?? '' });
      continue;
    }
    refusals.push({
      clipId: clip.id,
      code: 'consent-refused',
      participantId: person.id,
      participantName: person.name,
      scope: person.consent.scope,
      message: decision.message,
    });
  }
  const [someone] = refusals;
  const stray = offered.find((id) => !used.has(id));
  if (someone && stray !== undefined)
    refusals.push({
      clipId: clip.id,
      code: 'override-not-for-participant',
      overrideId: stray,
      ...(someone.participantId ? { participantId: someone.participantId } : {}),
      ...(someone.participantName ? { participantName: someone.participantName } : {}),
      message: `"${stray}" is not an override for publishing clips of ${someone.participantName ?? 'this participant'}.`,
    });
  if (refusals.length > 0) return { refusals };
  const publication = publicationOf(speaker, undefined, coSpeakers);
  const rules: PublicationRules = {
    ...(speaker ? { participantId: speaker.id, consentScope: speaker.consent.scope } : {}),
    ...(coSpeakers.length > 0
      ? {
          coSpeakers: coSpeakers.map((person) => ({
            participantId: person.id,
            consentScope: person.consent.scope,
          })),
        }
      : {}),
    ...(publication.speakerName ? { speakerName: publication.speakerName } : {}),
  };
  return { refusals, planned: { rules, publication, named, anonymised, overrides } };
}

/** What a queued record keeps of its plan item (besides ids, stem and number). */
export function recordFieldsOf(
  item: PlanItem,
): Pick<
  ExportJobRecord,
  | 'participantId'
  | 'consentScope'
  | 'coSpeakers'
  | 'speakerName'
  | 'overrideId'
  | 'overrideReason'
  | 'overrides'
> {
  const [first] = item.overrides;
  return {
    ...(item.participantId ? { participantId: item.participantId } : {}),
    ...(item.consentScope ? { consentScope: item.consentScope } : {}),
    ...(item.coSpeakers ? { coSpeakers: [...item.coSpeakers] } : {}),
    ...(item.speakerName ? { speakerName: item.speakerName } : {}),
    ...(first
      ? { overrideId: first.overrideId, overrideReason: first.reason, overrides: item.overrides }
      : {}),
  };
}

type PolicyFields = PublicationRules & { overrides?: readonly PlannedOverride[] };

/** The part of a plan that must not change between queueing and running: who is heard, scopes, overrides. */
export function policyKey(fields: PolicyFields): string {
  const sorted = (list: string[]) => [...list].sort();
  return JSON.stringify([
    fields.participantId ?? null,
    fields.consentScope ?? null,
    fields.speakerName ?? null,
    sorted((fields.coSpeakers ?? []).map((item) => `${item.participantId} ${item.consentScope}`)),
    sorted((fields.overrides ?? []).map((item) => `${item.participantId} ${item.overrideId}`)),
  ]);
}

/** The overrides a queued record was planned with, offered again when it is re-planned. */
export const overrideChoicesOf = (record: Pick<ExportJobRecord, 'clipId' | 'overrides'>): OverrideChoice[] =>
  (record.overrides ?? []).map((item) => ({ clipId: record.clipId, overrideId: item.overrideId }));

/** One sentence for refusals (the CLI and errors): each clip's refusals joined. */
export function refusalsMessage(refusals: readonly PlanRefusal[], clips: readonly Clip[]): string {
  const clipIds = [...new Set(refusals.map((item) => item.clipId))];
  if (clipIds.length === 1) return refusals.map((item) => item.message).join(' ');
  return clipIds
    .map((clipId) => {
      const clip = clips.find((item) => item.id === clipId);
      const own = refusals.filter((item) => item.clipId === clipId).map((item) => item.message);
      return `${clip ? label(clip) : clipId}: ${own.join(' ')}`;
    })
    .join(' ');
}

/** The error a refused batch is: its refusals in English (CLI, log), how many clips for the UI's words. */
export const refusedError = (plan: Pick<ExportPlan, 'refusals'>, clips: readonly Clip[]): GuftaguError =>
  engineError('export-refused', {
    reasons: refusalsMessage(plan.refusals, clips),
    count: refusedClipIds(plan).length,
  });

/** Errors other than consent (unknown ids, a clip outside its media): nothing can be exported past them. */
export const blockingWarnings = (warnings: readonly ExportWarning[]): ExportWarning[] =>
  warnings.filter((warning) => warning.severity === 'error' && warning.kind !== 'consent');

/** The clips the plan refuses, in batch order. */
export const refusedClipIds = (plan: Pick<ExportPlan, 'refusals'>): string[] => [
  ...new Set(plan.refusals.map((item) => item.clipId)),
];
