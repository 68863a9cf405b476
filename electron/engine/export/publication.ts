import { anonymizedName, checkConsent, redact } from '../../../shared/programme/consent';
import type { Clip, ExportJobRecord } from '../../../shared/model/clips';
import type { ConsentScope, Participant } from '../../../shared/model/programme';
import type { Session } from '../../../shared/model/session';
import type { Track } from '../../../shared/transcript/model';

/**
 * How a clip's speaker is published. Every text that leaves Guftagu in an export (file name, container
 * tags, JSON sidecar, manifest, SRT/VTT, burned captions) goes through `text`, which removes the speaker's
 * name (and its other spellings) when they consented to publish anonymously.
 */
export interface Publication {
  participant?: Participant;
  /** For {speaker}, the artist tag and the manifest: their name, "Participant 3", or none (no participant). */
  speakerName?: string;
  anonymous: boolean;
  text: (value: string) => string;
}

const unchanged = (value: string) => value;

/** The publication for a speaker under a consent scope (their current one unless given). */
export function publicationOf(
  participant: Participant | undefined,
  scope: ConsentScope | undefined = participant?.consent.scope,
): Publication {
  if (!participant) return { anonymous: false, text: unchanged };
  const subject = { ...participant, consent: { ...participant.consent, scope: scope ?? 'none' } };
  if (checkConsent(subject, 'publish').decision !== 'anonymize')
    return { participant, speakerName: participant.name, anonymous: false, text: unchanged };
  return {
    participant,
    speakerName: anonymizedName(participant),
    anonymous: true,
    text: (value) => redact(value, participant),
  };
}

/** An anonymous speaker no longer in the session: their name cannot be looked for, so no free text is kept. */
export function withheldPublication(speakerName: string | undefined): Publication {
  return { ...(speakerName ? { speakerName } : {}), anonymous: true, text: () => '' };
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
  if (!publication.anonymous) return track;
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
 * under (the speaker's consent scope then); an anonymous speaker no longer in the session keeps no text.
 */
export function manifestClips(
  clips: readonly Clip[],
  batch: readonly ExportJobRecord[],
  session: Session | undefined,
): Map<string, Clip> {
  const published = new Map<string, Clip>();
  for (const record of batch) {
    const clip = clips.find((item) => item.id === record.clipId);
    if (!clip || published.has(clip.id)) continue;
    const participant = session?.participants.find((item) => item.id === record.participantId);
    const publication =
      !participant && record.consentScope === 'publish-anonymous'
        ? withheldPublication(record.speakerName)
        : publicationOf(participant, record.consentScope);
    published.set(clip.id, publishedClip(clip, publication));
  }
  return published;
}
