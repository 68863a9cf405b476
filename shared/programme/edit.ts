import type { MetadataPatch, ParticipantInput, ParticipantPatch } from '../api/methods/programme';
import { engineError } from '../errorTexts';
import type { Consent, ConsentScope, HistoryEvent, Participant, SessionMetadata } from '../model/programme';
import type { Session } from '../model/session';
import {
  checkLink,
  checkNotDuplicate,
  checkParticipantName,
  checkFilterDate,
  checkPastDate,
  cleanHashtags,
  cleanList,
  cleanText,
} from './validate';

/** Edits of programme data, pure: the engine supplies ids, the time and today's date. */
export interface EditContext {
  now: string;
  today: string;
}

type OptionalText = 'venue' | 'city' | 'organiser' | 'campaign';

/** Applies a metadata patch in place; returns the names of the fields that changed. */
export function applyMetadataPatch(session: Session, patch: MetadataPatch, _context: EditContext): string[] {
  const before = JSON.stringify(session.metadata);
  const next: SessionMetadata = { ...session.metadata };
  const setText = (key: OptionalText | 'link' | 'date', value: string | undefined) => {
    if (value === undefined) delete next[key];
    else next[key] = value;
  };
  if (patch.type !== undefined) {
    if (patch.type === null) delete next.type;
    else next.type = patch.type;
  }
  if (patch.date !== undefined) {
    const date = cleanText(patch.date ?? undefined);
    // Upcoming events are planned ahead: a session's date may be in the future (consent dates may not).
    setText('date', date === undefined ? undefined : checkFilterDate(date, 'session date'));
  }
  for (const key of ['venue', 'city', 'organiser', 'campaign'] as const) {
    if (patch[key] !== undefined) setText(key, cleanText(patch[key] ?? undefined));
  }
  if (patch.link !== undefined) {
    const link = cleanText(patch.link ?? undefined);
    setText('link', link === undefined ? undefined : checkLink(link));
  }
  if (patch.partners) next.partners = cleanList(patch.partners);
  if (patch.topics) next.topics = cleanList(patch.topics);
  if (patch.languages) next.languages = cleanList(patch.languages);
  if (patch.hashtags) next.hashtags = cleanHashtags(patch.hashtags);
  if (patch.nonInterviewMediaIds) {
    checkMediaIds(session, patch.nonInterviewMediaIds);
    next.nonInterviewMediaIds = [...new Set(patch.nonInterviewMediaIds)];
  }
  if (JSON.stringify(next) === before) return [];
  const changed = (Object.keys({ ...session.metadata, ...next }) as Array<keyof SessionMetadata>).filter(
    (key) => JSON.stringify(session.metadata[key]) !== JSON.stringify(next[key]),
  );
  session.metadata = next;
  return changed;
}

export function checkMediaIds(session: Session, mediaIds: readonly string[]): void {
  const unknown = mediaIds.find((id) => !session.media.some((media) => media.id === id));
  if (unknown !== undefined) {
    throw engineError('session-media-unknown', { mediaId: unknown });
  }
}

function buildConsent(input: ParticipantInput['consent'], context: EditContext, keep?: Consent): Consent {
  const consent: Consent = { scope: input?.scope ?? 'none' };
  const date = cleanText(input?.date ?? undefined);
  if (date !== undefined) consent.date = checkPastDate(date, 'consent date', context.today);
  const formRef = cleanText(input?.formRef ?? undefined);
  if (formRef !== undefined) consent.formRef = formRef;
  if (keep?.scanPath !== undefined) consent.scanPath = keep.scanPath;
  return consent;
}

/** A new participant, checked: a name, real past dates, not a duplicate, media of this session. */
export function newParticipant(
  session: Session,
  input: Omit<ParticipantInput, 'consentScanFile'>,
  id: string,
  context: EditContext,
): Participant {
  const name = checkParticipantName(input.name);
  const organisation = cleanText(input.organisation);
  checkNotDuplicate({ name, ...(organisation ? { organisation } : {}) }, session.participants);
  checkMediaIds(session, input.mediaIds ?? []);
  const participant: Participant = {
    id,
    number: Math.max(0, ...session.participants.map((p) => p.number), ...numbersInHistory(session)) + 1,
    name,
    otherNames: cleanList(input.otherNames ?? []),
    gender: input.gender,
    role: input.role ?? 'participant',
    languages: cleanList(input.languages ?? []),
    notes: input.notes ?? '',
    consent: buildConsent(input.consent, context),
    mediaIds: [...new Set(input.mediaIds ?? [])],
    createdAt: context.now,
    updatedAt: context.now,
  };
  if (input.ageBand) participant.ageBand = input.ageBand;
  if (organisation) participant.organisation = organisation;
  return participant;
}

/** Numbers of removed participants stay taken ("Participant 3" never means two people). */
function numbersInHistory(session: Session): number[] {
  return session.history.flatMap((event) => {
    const match = event.kind === 'participant-removed' ? /#(\d+)/u.exec(event.details ?? '') : null;
    return match ? [Number(match[1])] : [];
  });
}

/** Applies a patch in place; returns the consent scope change, if there was one. */
export function applyParticipantPatch(
  session: Session,
  participant: Participant,
  patch: ParticipantPatch,
  context: EditContext,
): { from: ConsentScope; to: ConsentScope } | undefined {
  if (patch.name !== undefined) participant.name = checkParticipantName(patch.name);
  if (patch.organisation !== undefined) {
    const organisation = cleanText(patch.organisation ?? undefined);
    if (organisation === undefined) delete participant.organisation;
    else participant.organisation = organisation;
  }
  checkNotDuplicate(participant, session.participants, participant.id);
  if (patch.otherNames) participant.otherNames = cleanList(patch.otherNames);
  if (patch.gender) participant.gender = patch.gender;
  if (patch.ageBand !== undefined) {
    if (patch.ageBand === null) delete participant.ageBand;
    else participant.ageBand = patch.ageBand;
  }
  if (patch.role) participant.role = patch.role;
  if (patch.languages) participant.languages = cleanList(patch.languages);
  if (patch.notes !== undefined) participant.notes = patch.notes;
  if (patch.mediaIds) {
    checkMediaIds(session, patch.mediaIds);
    participant.mediaIds = [...new Set(patch.mediaIds)];
  }
  let change: { from: ConsentScope; to: ConsentScope } | undefined;
  if (patch.consent) {
    const from = participant.consent.scope;
    participant.consent = buildConsent(patch.consent, context, participant.consent);
    if (from !== participant.consent.scope) change = { from, to: participant.consent.scope };
  }
  participant.updatedAt = context.now;
  return change;
}

/** Finds a participant or says clearly that there is none. */
export function findParticipant(session: Session, participantId: string): Participant {
  const participant = session.participants.find((candidate) => candidate.id === participantId);
  if (!participant) {
    throw engineError('participant-unknown', { participantId, session: session.title });
  }
  return participant;
}

export type NewHistoryEvent = Omit<HistoryEvent, 'id' | 'at'>;
