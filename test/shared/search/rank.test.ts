import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../../shared/programme/schemas';
import { rankAndGroup } from '../../../shared/search/rank';

const cue = (sessionId: string, mediaId: string, startMs: number, score: number): SearchResult => ({
  kind: 'cue',
  sessionId,
  sessionTitle: sessionId,
  mediaId,
  trackId: 'ur',
  cueId: `${mediaId}-${startMs}`,
  startMs,
  snippet: `${mediaId} at ${startMs}`,
  score,
});
const own = (kind: SearchResult['kind'], sessionId: string, score: number): SearchResult => ({
  kind,
  sessionId,
  sessionTitle: sessionId,
  snippet: `${kind} of ${sessionId}`,
  score,
});

describe('rankAndGroup', () => {
  const table: Array<{
    name: string;
    input: SearchResult[];
    limit: number;
    order: string[];
    truncated: boolean;
  }> = [
    {
      name: 'sessions by their best result, recordings by their best cue, cues in time order',
      input: [
        cue('a', 'a1', 9000, 1),
        cue('b', 'b1', 5000, 9),
        cue('a', 'a2', 1000, 5),
        cue('a', 'a1', 2000, 2),
      ],
      limit: 10,
      order: ['b1 at 5000', 'a2 at 1000', 'a1 at 2000', 'a1 at 9000'],
      truncated: false,
    },
    {
      name: "a session's own results come before its recordings, best first",
      input: [cue('a', 'a1', 0, 8), own('topic', 'a', 2), own('session', 'a', 3)],
      limit: 10,
      order: ['session of a', 'topic of a', 'a1 at 0'],
      truncated: false,
    },
    {
      name: 'only the best results are kept when there are more than the limit',
      input: [cue('a', 'a1', 0, 1), cue('a', 'a1', 1000, 3), cue('b', 'b1', 0, 2)],
      limit: 2,
      order: ['a1 at 1000', 'b1 at 0'],
      truncated: true,
    },
    { name: 'nothing found', input: [], limit: 5, order: [], truncated: false },
  ];
  it.each(table)('$name', ({ input, limit, order, truncated }) => {
    const ranked = rankAndGroup(input, limit);
    expect(ranked.results.map((result) => result.snippet)).toEqual(order);
    expect(ranked.truncated).toBe(truncated);
  });
});
