import type { Session } from '../model/session';
import type { Transcript } from '../transcript/model';
import { foldText, snippetAround } from './normalize';
import { searchKinds, type SearchKind, type SearchResult } from './schemas';

/** What search looks through: each session with the transcripts of its media. */
export interface SearchSource {
  session: Session;
  transcripts: readonly Transcript[];
}

export const SEARCH_RESULT_LIMIT = 200;

/**
 * Searches sessions (title, venue, city, organiser, partners, campaign), participants (name, other
 * spellings, organisation), topics, hashtags and the words of every transcript track. The query is one
 * phrase, matched case-insensitively with diacritics ignored and Arabic letter forms read as Urdu.
 */
export function searchWorkspace(
  sources: readonly SearchSource[],
  text: string,
  kinds: readonly SearchKind[] = searchKinds,
  limit = SEARCH_RESULT_LIMIT,
): { results: SearchResult[]; truncated: boolean } {
  const query = foldText(text).trim();
  const wanted = new Set(kinds);
  const results: SearchResult[] = [];
  if (query === '') return { results, truncated: false };
  const hit = (value: string | undefined) => value !== undefined && foldText(value).includes(query);
  const byKind = new Map<SearchKind, SearchResult[]>(searchKinds.map((kind) => [kind, []]));
  const push = (kind: SearchKind, result: Omit<SearchResult, 'kind'>) =>
    byKind.get(kind)?.push({ kind, ...result });

  for (const { session, transcripts } of sources) {
    const at = { sessionId: session.id, sessionTitle: session.title };
    const meta = session.metadata;
    if (wanted.has('session')) {
      const fields = [session.title, meta.venue, meta.city, meta.organiser, meta.campaign, ...meta.partners];
      const field = fields.find(hit);
      if (field !== undefined) push('session', { ...at, snippet: snippetAround(field, query) });
    }
    if (wanted.has('topic'))
      for (const topic of meta.topics.filter(hit)) push('topic', { ...at, snippet: topic });
    if (wanted.has('tag')) for (const tag of meta.hashtags.filter(hit)) push('tag', { ...at, snippet: tag });
    const speakers = new Map(session.participants.map((participant) => [participant.id, participant.name]));
    if (wanted.has('participant')) {
      for (const participant of session.participants) {
        if (![participant.name, participant.organisation, ...participant.otherNames].some(hit)) continue;
        const first = firstCueOf(transcripts, participant.id);
        push('participant', {
          ...at,
          participantId: participant.id,
          ...first,
          snippet: participant.organisation
            ? `${participant.name} (${participant.organisation})`
            : participant.name,
        });
      }
    }
    if (!wanted.has('cue')) continue;
    for (const transcript of transcripts) {
      for (const track of transcript.tracks) {
        for (const cue of track.cues) {
          if (!hit(cue.text)) continue;
          const speaker = cue.speakerId === undefined ? undefined : speakers.get(cue.speakerId);
          const snippet = snippetAround(cue.text, query);
          push('cue', {
            ...at,
            mediaId: transcript.mediaId,
            trackId: track.id,
            cueId: cue.id,
            startMs: cue.startMs,
            ...(speaker !== undefined && cue.speakerId !== undefined ? { participantId: cue.speakerId } : {}),
            snippet: speaker === undefined ? snippet : `${speaker}: ${snippet}`,
          });
        }
      }
    }
  }
  for (const kind of searchKinds) results.push(...(byKind.get(kind) ?? []));
  return { results: results.slice(0, limit), truncated: results.length > limit };
}

/** Where a participant first speaks, for jumping to them from a participant result. */
function firstCueOf(
  transcripts: readonly Transcript[],
  participantId: string,
): Pick<SearchResult, 'mediaId' | 'trackId' | 'cueId' | 'startMs'> {
  for (const transcript of transcripts) {
    for (const track of transcript.tracks) {
      const cue = track.cues.find((candidate) => candidate.speakerId === participantId);
      if (cue) return { mediaId: transcript.mediaId, trackId: track.id, cueId: cue.id, startMs: cue.startMs };
    }
  }
  return {};
}
