import type { SearchKind } from '../../../shared/programme/schemas';
import type { Shard } from './sessionShard';

/**
 * Where each session's entries sit in the workspace index's id space: a session's entries have the ids
 * firstId, firstId + 1, …, and one letter per entry names its kind, so a hit's session and kind are found
 * without the entries themselves (they stay on disk until a result needs them).
 */
export interface Placed {
  sessionId: string;
  firstId: number;
  /** One letter per entry (kindLetters). */
  kinds: string;
  /** The entries; undefined until a result needs them when placed from the snapshot. */
  shard: Shard | undefined;
}

const kindLetters: Record<SearchKind, string> = {
  session: 's',
  participant: 'p',
  topic: 'o',
  tag: 't',
  cue: 'c',
  clip: 'l',
};
const kindOfLetter = new Map(
  Object.entries(kindLetters).map(([kind, letter]) => [letter, kind as SearchKind]),
);
export const kindsOf = (shard: Shard): string =>
  shard.entries.map((entry) => kindLetters[entry.kind]).join('');

/** The session, entry index and kind of an index id (binary search over the placed sessions, in id order). */
export function locatePlaced(
  placedSessions: readonly Placed[],
  id: number,
): { placed: Placed; index: number; kind: SearchKind } | undefined {
  let low = 0;
  let high = placedSessions.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const placed = placedSessions[middle];
    if (!placed) return undefined;
    const index = id - placed.firstId;
    if (index < 0) high = middle - 1;
    else if (index >= placed.kinds.length) low = middle + 1;
    else {
      const kind = kindOfLetter.get(placed.kinds[index] ?? '');
      return kind ? { placed, index, kind } : undefined;
    }
  }
  return undefined;
}
