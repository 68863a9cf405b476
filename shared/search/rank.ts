import type { SearchResult } from '../programme/schemas';

/**
 * Orders search results for reading: the best `limit` by score, then grouped: sessions in the order of
 * their best result; in a session, its own fields, participants, topics and hashtags first (best first),
 * then each recording in the order of its best cue, and a recording's cues in time order.
 */
export function rankAndGroup(
  results: readonly SearchResult[],
  limit: number,
): { results: SearchResult[]; truncated: boolean } {
  const best = [...results].sort((a, b) => (b.score ?? 0) - (a.score ?? 0)).slice(0, limit);
  const sessionOrder = new Map<string, number>();
  const recordingOrder = new Map<string, number>();
  const keyed = best.map((result, rank) => {
    if (!sessionOrder.has(result.sessionId)) sessionOrder.set(result.sessionId, rank);
    const recording = recordingKey(result);
    if (recording !== undefined && !recordingOrder.has(recording)) recordingOrder.set(recording, rank);
    return { result, rank, recording };
  });
  const sorted = keyed
    .map(({ result, rank, recording }) => ({
      result,
      session: sessionOrder.get(result.sessionId) ?? rank,
      // Results of the session itself come before its recordings.
      recording: recording === undefined ? -1 : (recordingOrder.get(recording) ?? rank),
      // Inside a recording, time order; elsewhere, rank order.
      within: recording === undefined ? rank : (result.startMs ?? 0),
      rank,
    }))
    .sort(
      (a, b) => a.session - b.session || a.recording - b.recording || a.within - b.within || a.rank - b.rank,
    );
  return { results: sorted.map(({ result }) => result), truncated: results.length > limit };
}

/** The recording a cue result belongs to; other results belong to their session only. */
export function recordingKey(result: SearchResult): string | undefined {
  return result.kind === 'cue' && result.mediaId !== undefined
    ? `${result.sessionId}/${result.mediaId}`
    : undefined;
}
