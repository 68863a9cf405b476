import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../../shared/programme/schemas';
import { formatTimecode, groupResults } from '../../../shared/search/group';

const result = (fields: Partial<SearchResult> & Pick<SearchResult, 'kind' | 'sessionId'>): SearchResult => ({
  sessionTitle: `title of ${fields.sessionId}`,
  snippet: `${fields.kind} ${fields.cueId ?? ''}`.trim(),
  ...fields,
});

describe('groupResults', () => {
  it('groups by session, then recording, keeping the order given', () => {
    const groups = groupResults([
      result({ kind: 'cue', sessionId: 'b', mediaId: 'b1', mediaName: 'one.mp4', cueId: 'x', startMs: 5 }),
      result({ kind: 'participant', sessionId: 'a', mediaId: 'a1', participantId: 'p1' }),
      result({ kind: 'cue', sessionId: 'a', mediaId: 'a2', cueId: 'y', startMs: 1 }),
      result({ kind: 'cue', sessionId: 'b', mediaId: 'b1', mediaName: 'one.mp4', cueId: 'z', startMs: 9 }),
    ]);
    expect(
      groups.map((group) => ({
        session: group.sessionTitle,
        own: group.own.map((own) => own.kind),
        recordings: group.recordings.map((r) => [r.mediaName, r.results.map((cue) => cue.cueId)]),
      })),
    ).toEqual([
      { session: 'title of b', own: [], recordings: [['one.mp4', ['x', 'z']]] },
      // A participant result carries the media of their first cue but belongs to the session.
      { session: 'title of a', own: ['participant'], recordings: [['a2', ['y']]] },
    ]);
  });
});

describe('formatTimecode', () => {
  const table: Array<[number, string]> = [
    [0, '0:00'],
    [61_500, '1:01'],
    [3_599_999, '59:59'],
    [3_600_000, '1:00:00'],
    [7_384_000, '2:03:04'],
    [-5, '0:00'],
  ];
  it.each(table)('%i ms → %s', (timeMs, text) => expect(formatTimecode(timeMs)).toBe(text));
});
