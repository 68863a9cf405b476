import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import type { Session } from '../../../shared/model/session';
import type { SearchKind } from '../../../shared/programme/schemas';
import { searchTerms } from '../../../shared/search/normalize';
import type { SearchableTranscript } from './readForIndex';

/**
 * The search index of one session: a MiniSearch index over its entries (the session's own fields, each
 * participant, topic and hashtag, every cue of every track), and the entries themselves so a hit can say
 * where it is without reading the documents again. One shard per session keeps updates small: a changed
 * session is re-read and its shard rebuilt, nothing else.
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

export interface Shard extends ShardData {
  index: MiniSearch<IndexedDocument>;
}

interface IndexedDocument {
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
  // Shards are rebuilt, never edited: no discards, nothing to vacuum.
  autoVacuum: false,
};

/** Everything searchable in one session, from its documents. */
export function shardEntries(session: Session, transcripts: readonly SearchableTranscript[]): IndexEntry[] {
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
  return entries;
}

/** Builds the shard of one session. */
export function buildShard(session: Session, transcripts: readonly SearchableTranscript[]): Shard {
  const entries = shardEntries(session, transcripts);
  const index = new MiniSearch<IndexedDocument>(miniSearchOptions);
  index.addAll(entries.map((entry, id) => ({ id, text: entry.text })));
  return {
    sessionId: session.id,
    sessionTitle: session.title,
    mediaNames: Object.fromEntries(session.media.map((media) => [media.id, media.fileName])),
    entries,
    index,
  };
}

/** The shard as plain data, for its file. */
export function shardToJson(shard: Shard): ShardData & { index: AsPlainObject } {
  return {
    sessionId: shard.sessionId,
    sessionTitle: shard.sessionTitle,
    mediaNames: shard.mediaNames,
    entries: shard.entries,
    index: shard.index.toJSON(),
  };
}

/** The shard back from its file's data; throws when the index does not load. */
export function shardFromJson(data: ShardData & { index: AsPlainObject }): Shard {
  const index = MiniSearch.loadJS<IndexedDocument>(data.index, miniSearchOptions);
  if (index.documentCount !== data.entries.length)
    throw new Error(`the index holds ${index.documentCount} entries, the shard ${data.entries.length}`);
  return { ...data, index };
}
