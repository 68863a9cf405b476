import type { SearchResult } from '../programme/schemas';

/** Search results as the list shows them: per session, its own results, then per recording its cues. */
export interface SessionResults {
  sessionId: string;
  sessionTitle: string;
  /** Session fields, participants, topics, hashtags. */
  own: SearchResult[];
  recordings: Array<{ mediaId: string; mediaName: string; results: SearchResult[] }>;
}

/** Groups results in the order they come (the engine ranks and orders them; see rankAndGroup). */
export function groupResults(results: readonly SearchResult[]): SessionResults[] {
  const groups: SessionResults[] = [];
  const bySession = new Map<string, SessionResults>();
  for (const result of results) {
    let group = bySession.get(result.sessionId);
    if (!group) {
      group = { sessionId: result.sessionId, sessionTitle: result.sessionTitle, own: [], recordings: [] };
      bySession.set(result.sessionId, group);
      groups.push(group);
    }
    if (result.kind !== 'cue' || result.mediaId === undefined) {
      group.own.push(result);
      continue;
    }
    const mediaId = result.mediaId;
    let recording = group.recordings.find((candidate) => candidate.mediaId === mediaId);
    if (!recording) {
      recording = { mediaId, mediaName: result.mediaName ?? mediaId, results: [] };
      group.recordings.push(recording);
    }
    recording.results.push(result);
  }
  return groups;
}

/** A cue's start as the results show it: m:ss, or h:mm:ss from an hour on. */
export function formatTimecode(timeMs: number): string {
  const totalSeconds = Math.floor(Math.max(0, timeMs) / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = String(totalSeconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
