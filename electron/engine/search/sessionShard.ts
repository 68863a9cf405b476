import type { Options } from 'minisearch';
import type { Clip } from '../../../shared/model/clips';
import type { Session } from '../../../shared/model/session';
import { clipSpeakerIds } from '../../../shared/programme/consent';
import { publicationOf, publishedClip, withheldPublication } from '../../../shared/export/publication';
import type { SearchKind } from '../../../shared/programme/schemas';
import { searchTerms } from '../../../shared/search/normalize';
import type { SearchableTranscript } from './readForIndex';

/**
 * The searchable entries of one session (its own fields, each participant, topic and hashtag, every cue of
 * every track), with what a hit needs to say where it is without reading the documents again. A changed
 * session is re-read and its entries replaced, nothing else. All sessions' entries go into one MiniSearch
 * index (one vocabulary for the workspace: per-session indexes would each hold the same words again).
 */

export interface IndexEntry {
  kind: SearchKind;
  /** What was indexed, and what the result shows unless `label` says otherwise. */
  text: string;
  label?: string;
  participantId?: string;
  mediaId?: string;
  trackId?: string;
  cueId?: string;
  clipId?: string;
  startMs?: number;
  /** The cue's speaker as named in the session, shown before the cue's text. */
  speaker?: string;
}

export interface ShardData {
  sessionId: string;
  sessionTitle: string;
  /** Recording id → its file name, for the results. */
  mediaNames: Record<string, string>;
  entries: IndexEntry[];
}

/** One session's entries: what its shard file holds. */
export type Shard = ShardData;

export interface IndexedDocument {
  id: number;
  text: string;
}

const identity = (term: string) => term;

export const miniSearchOptions: Options<IndexedDocument> = {
  fields: ['text'],
  idField: 'id',
  storeFields: [],
  tokenize: searchTerms,
  processTerm: identity,
  // A changed session's entries are discarded and added again; the index is cleaned up in the background.
  autoVacuum: true,
};

/**
 * A clip as search shows it: its title, tags, topic, hashtags and speaker as they would be published, so
 * the real name of a participant who consented to publish anonymously (the clip's speaker or anyone heard
 * in it) is never indexed with it: "Participant 3" stands for them, and their name is taken out of the
 * clip's texts (the same rules as export, shared/export/publication.ts). A speaker who is no longer a
 * participant cannot be checked, so that clip's texts are left out (only its place is kept).
 */
export function clipEntry(
  clip: Clip,
  session: Pick<Session, 'participants'>,
  transcript: SearchableTranscript | undefined,
): IndexEntry {
  const byId = new Map(session.participants.map((participant) => [participant.id, participant]));
  const speaker = clip.speakerId === undefined ? undefined : byId.get(clip.speakerId);
  const heard = clipSpeakerIds(clip, transcript)
    .filter((id) => id !== clip.speakerId)
    .flatMap((id) => byId.get(id) ?? []);
  const publication =
    clip.speakerId !== undefined && speaker === undefined
      ? withheldPublication(undefined)
      : publicationOf(speaker, undefined, heard);
  const shown = publishedClip(clip, publication);
  const texts = [shown.title, shown.topic, ...shown.tags, ...shown.hashtags, publication.speakerName];
  const text = texts
    .filter((value): value is string => value !== undefined && value.trim() !== '')
    .join(' · ');
  const label = [shown.title.trim(), publication.speakerName].filter(
    (value) => value !== undefined && value !== '',
  );
  return {
    kind: 'clip',
    text,
    ...(label.length > 0 ? { label: label.join(' · ') } : {}),
    mediaId: clip.mediaId,
    clipId: clip.id,
    startMs: clip.startMs,
  };
}

/** Everything searchable in one session, from its documents. */
export function shardEntries(
  session: Session,
  transcripts: readonly SearchableTranscript[],
  clips: readonly Clip[] = [],
): IndexEntry[] {
  const entries: IndexEntry[] = [];
  const meta = session.metadata;
  for (const field of [session.title, meta.venue, meta.city, meta.organiser, meta.campaign, ...meta.partners])
    if (field !== undefined && field.trim() !== '') entries.push({ kind: 'session', text: field });
  for (const topic of meta.topics) entries.push({ kind: 'topic', text: topic });
  for (const tag of meta.hashtags) entries.push({ kind: 'tag', text: tag });
  const firstCues = new Map<string, Pick<IndexEntry, 'mediaId' | 'trackId' | 'cueId' | 'startMs'>>();
  const speakers = new Map(session.participants.map((participant) => [participant.id, participant.name]));
  for (const transcript of transcripts) {
    for (const track of transcript.tracks) {
      for (const cue of track.cues) {
        const speaker = cue.speakerId === undefined ? undefined : speakers.get(cue.speakerId);
        const at = { mediaId: transcript.mediaId, trackId: track.id, cueId: cue.id, startMs: cue.startMs };
        if (cue.speakerId !== undefined && !firstCues.has(cue.speakerId)) firstCues.set(cue.speakerId, at);
        entries.push({
          kind: 'cue',
          text: cue.text,
          ...at,
          ...(speaker === undefined || cue.speakerId === undefined
            ? {}
            : { participantId: cue.speakerId, speaker }),
        });
      }
    }
  }
  for (const participant of session.participants) {
    const names = [participant.name, participant.organisation, ...participant.otherNames];
    entries.push({
      kind: 'participant',
      text: names.filter((name) => name !== undefined && name !== '').join(' · '),
      label: participant.organisation
        ? `${participant.name} (${participant.organisation})`
        : participant.name,
      participantId: participant.id,
      ...firstCues.get(participant.id),
    });
  }
  const byMedia = new Map(transcripts.map((transcript) => [transcript.mediaId, transcript]));
  for (const clip of clips) {
    const entry = clipEntry(clip, session, byMedia.get(clip.mediaId));
    if (entry.text !== '') entries.push(entry);
  }
  return entries;
}

/** The shard of one session. */
export function buildShard(
  session: Session,
  transcripts: readonly SearchableTranscript[],
  clips: readonly Clip[] = [],
): Shard {
  return {
    sessionId: session.id,
    sessionTitle: session.title,
    mediaNames: Object.fromEntries(session.media.map((media) => [media.id, media.fileName])),
    entries: shardEntries(session, transcripts, clips),
  };
}

/** A shard read back from its file, or undefined when its shape is not right. */
export function shardFromJson(data: unknown, sessionId: string): Shard | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const shard = data as Partial<Shard>;
  if (
    shard.sessionId !== sessionId ||
    typeof shard.sessionTitle !== 'string' ||
    typeof shard.mediaNames !== 'object' ||
    shard.mediaNames === null ||
    !Array.isArray(shard.entries) ||
    !shard.entries.every(
      (entry: Partial<IndexEntry> | null) =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof entry.kind === 'string' &&
        typeof entry.text === 'string',
    )
  )
    return undefined;
  return shard as Shard;
}
