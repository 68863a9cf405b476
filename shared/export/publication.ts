import { anonymizedName, checkConsent, redact } from '../programme/consent';
import type { Clip } from '../model/clips';
import type { ConsentScope, Participant, SessionMetadata } from '../model/programme';
import type { Session } from '../model/session';
import type { Track } from '../transcript/model';

/**
 * How a clip's speakers are published. Every text that leaves Guftagu in an export (file name, container
 * tags, JSON sidecar, manifest, SRT/VTT, burned captions) goes through `text`, which removes the name (and
 * its other spellings) of everyone heard in the clip who consented to publish anonymously: the clip's
 * speaker or anyone else who speaks in it.
 */
export interface Publication {
  participant?: Participant;
  /** For {speaker}, the artist tag and the manifest: their name, "Participant 3", or none (no participant). */
  speakerName?: string;
  /** Whether the clip's speaker is published anonymously. */
  anonymous: boolean;
  /** Whether `text` removes anyone's name (the speaker's or another anonymous speaker's). */
  redacts: boolean;
  text: (value: string) => string;
}

const unchanged = (value: string) => value;

/** A participant as they were under a consent scope (their current one unless given). */
export const withScope = (participant: Participant, scope: ConsentScope | undefined): Participant => ({
  ...participant,
  consent: { ...participant.consent, scope: scope ?? 'none' },
});

const isAnonymous = (participant: Participant) =>
  checkConsent(participant, 'publish').decision === 'anonymize';

/**
 * The publication for a speaker under a consent scope (their current one unless given), with the other
 * participants who speak in the clip (each under the scope their `consent` says).
 */
export function publicationOf(
  participant: Participant | undefined,
  scope: ConsentScope | undefined = participant?.consent.scope,
  coSpeakers: readonly Participant[] = [],
): Publication {
  const subject = participant ? withScope(participant, scope) : undefined;
  const anonymous = subject !== undefined && isAnonymous(subject);
  const hidden = [...(subject && anonymous ? [subject] : []), ...coSpeakers.filter(isAnonymous)];
  const text =
    hidden.length === 0
      ? unchanged
      : (value: string) => hidden.reduce((out, person) => redact(out, person), value);
  return {
    ...(participant ? { participant } : {}),
    ...(subject ? { speakerName: anonymous ? anonymizedName(subject) : subject.name } : {}),
    anonymous,
    redacts: hidden.length > 0,
    text,
  };
}

/** An anonymous speaker no longer in the session: their name cannot be looked for, so no free text is kept. */
export function withheldPublication(speakerName: string | undefined): Publication {
  return { ...(speakerName ? { speakerName } : {}), anonymous: true, redacts: true, text: () => '' };
}

/** The clip as published: free texts redacted; a speaker id that is no participant dropped. */
export function publishedClip(clip: Clip, publication: Publication): Clip {
  const { speakerId, topic, ...rest } = clip;
  const text = publication.text;
  return {
    ...rest,
    title: text(clip.title),
    tags: clip.tags.map(text),
    hashtags: clip.hashtags.map(text),
    ...(topic === undefined ? {} : { topic: text(topic) }),
    ...(speakerId !== undefined && publication.participant ? { speakerId } : {}),
  };
}

/** What of the session is published (never its participants or history): free texts redacted. */
export type PublishedSession = Pick<Session, 'id' | 'title' | 'createdAt' | 'notes'> & {
  metadata: SessionMetadata;
};

export function publishedSession(
  session: Pick<Session, 'id' | 'title' | 'createdAt' | 'notes' | 'metadata'>,
  publication: Publication,
): PublishedSession {
  const text = publication.text;
  const optional = (value: string | undefined) => (value === undefined ? undefined : text(value));
  const { metadata } = session;
  const venue = optional(metadata.venue);
  const organiser = optional(metadata.organiser);
  const campaign = optional(metadata.campaign);
  return {
    id: session.id,
    title: text(session.title),
    createdAt: session.createdAt,
    notes: text(session.notes),
    metadata: {
      ...metadata,
      ...(venue === undefined ? {} : { venue }),
      ...(organiser === undefined ? {} : { organiser }),
      ...(campaign === undefined ? {} : { campaign }),
      partners: metadata.partners.map(text),
      hashtags: metadata.hashtags.map(text),
      topics: metadata.topics.map(text),
    },
  };
}

/**
 * A caption track as published: each cue's text redacted; where that changes a cue (or one of its words),
 * its word timings are dropped, so captions are laid out from the redacted text alone.
 */
export function publishedTrack(track: Track, publication: Publication): Track {
  if (!publication.redacts) return track;
  const text = publication.text;
  return {
    ...track,
    cues: track.cues.map((cue) => {
      const redacted = text(cue.text);
      const keepWords = redacted === cue.text && cue.words.every((word) => text(word.text) === word.text);
      return { ...cue, text: redacted, words: keepWords ? cue.words : [] };
    }),
  };
}

/** Who is heard in a planned export and under which scope: what a queued record keeps (planExport.ts). */
export interface PublicationRules {
  participantId?: string;
  consentScope?: ConsentScope;
  coSpeakers?: readonly { participantId: string; consentScope: ConsentScope }[];
  speakerName?: string;
}

/**
 * The publication a plan's rules give, with the participants as they are now standing in under the scopes
 * the rules recorded. When an anonymous speaker (the clip's or another) is no longer among `participants`,
 * their name cannot be looked for, so no free text is kept.
 */
export function publicationOfRules(
  rules: PublicationRules,
  participants: readonly Participant[],
): Publication {
  const find = (id: string | undefined) => participants.find((item) => item.id === id);
  const participant = find(rules.participantId);
  const others = (rules.coSpeakers ?? []).map((speaker) => ({ speaker, found: find(speaker.participantId) }));
  const lost =
    (!participant && rules.consentScope === 'publish-anonymous') ||
    others.some(({ speaker, found }) => !found && speaker.consentScope === 'publish-anonymous');
  if (lost) return withheldPublication(rules.speakerName);
  return publicationOf(
    participant,
    rules.consentScope,
    others.flatMap(({ speaker, found }) => (found ? [withScope(found, speaker.consentScope)] : [])),
  );
}
