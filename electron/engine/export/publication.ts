import { anonymizedName, checkConsent, redact } from '../../../shared/programme/consent';
import type { Clip, ExportJobRecord } from '../../../shared/model/clips';
import type { ConsentScope, Participant } from '../../../shared/model/programme';
import type { Session } from '../../../shared/model/session';
import type { Track } from '../../../shared/transcript/model';

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

/** What of the session is published (never its participants or history). */
export type PublishedSession = Pick<Session, 'id' | 'title' | 'createdAt' | 'notes'>;

export function publishedSession(session: Session, publication: Publication): PublishedSession {
  return {
    id: session.id,
    title: publication.text(session.title),
    createdAt: session.createdAt,
    notes: publication.text(session.notes),
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

/**
 * The batch's clips as published, for the manifest: each with the publication its records were queued
 * under (the speakers' consent scopes then); when an anonymous speaker (the clip's or another) is no longer
 * in the session, no text is kept.
 */
export function manifestClips(
  clips: readonly Clip[],
  batch: readonly ExportJobRecord[],
  session: Session | undefined,
): Map<string, Clip> {
  const published = new Map<string, Clip>();
  const find = (id: string | undefined) => session?.participants.find((item) => item.id === id);
  for (const record of batch) {
    const clip = clips.find((item) => item.id === record.clipId);
    if (!clip || published.has(clip.id)) continue;
    const participant = find(record.participantId);
    const others = (record.coSpeakers ?? []).map((speaker) => ({
      speaker,
      found: find(speaker.participantId),
    }));
    const lost =
      (!participant && record.consentScope === 'publish-anonymous') ||
      others.some(({ speaker, found }) => !found && speaker.consentScope === 'publish-anonymous');
    const publication = lost
      ? withheldPublication(record.speakerName)
      : publicationOf(
          participant,
          record.consentScope,
          others.flatMap(({ speaker, found }) => (found ? [withScope(found, speaker.consentScope)] : [])),
        );
    published.set(clip.id, publishedClip(clip, publication));
  }
  return published;
}
