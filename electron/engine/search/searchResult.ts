import type { SearchKind, SearchResult } from '../../../shared/programme/schemas';
import { snippetFor } from '../../../shared/search/snippet';
import type { Shard } from './sessionShard';

/** A shard entry weighs this much against a cue when ranking. */
export const kindBoost: Record<SearchKind, number> = {
  session: 3,
  participant: 3,
  clip: 2,
  topic: 2,
  tag: 2,
  cue: 1,
};

/** Entry `id` of a session's shard as a search result, with its snippet around the matched terms. */
export function toResult(shard: Shard, id: number, score: number, terms: readonly string[]): SearchResult {
  const entry = shard.entries[id];
  if (!entry) throw new Error(`search index: no entry ${id} in ${shard.sessionId}`);
  const snippet = entry.label ?? snippetFor(entry.text, terms);
  const mediaName = entry.mediaId === undefined ? undefined : shard.mediaNames[entry.mediaId];
  return {
    kind: entry.kind,
    sessionId: shard.sessionId,
    sessionTitle: shard.sessionTitle,
    ...(entry.participantId === undefined ? {} : { participantId: entry.participantId }),
    ...(entry.mediaId === undefined ? {} : { mediaId: entry.mediaId }),
    ...(mediaName === undefined ? {} : { mediaName }),
    ...(entry.trackId === undefined ? {} : { trackId: entry.trackId }),
    ...(entry.cueId === undefined ? {} : { cueId: entry.cueId }),
    ...(entry.clipId === undefined ? {} : { clipId: entry.clipId }),
    ...(entry.startMs === undefined ? {} : { startMs: entry.startMs }),
    snippet: entry.kind === 'cue' && entry.speaker !== undefined ? `${entry.speaker}: ${snippet}` : snippet,
    score,
  };
}
