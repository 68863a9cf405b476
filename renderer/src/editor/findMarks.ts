import type { Match } from '../../../shared/editor/find';

/** A find match in one cue's text, in UTF-16 offsets (what a regular expression and a textarea use). */
export interface FoundRange {
  start: number;
  end: number;
  /** The match Find is on now ("3 of 12"): drawn apart from the others. */
  current: boolean;
}

export type TrackMatch = Match & { trackId: string };

/** The key of a cue in the maps the grid reads (`${trackId}/${cueId}`). */
export const cueKey = (trackId: string, cueId: string): string => `${trackId}/${cueId}`;

const CURRENT = '!';

/**
 * The find matches of every cue, each cue's as one short string ("4-9,20-25!": ranges, the current one
 * marked with !). A string per cue keeps the memoised cells cheap: a cell re-renders only when its own
 * matches change. Built when the find query, the (settled) text or the current match changes, never per
 * keystroke in a cue.
 */
export function findMarksByCue(
  matches: readonly TrackMatch[],
  current: TrackMatch | undefined,
): Map<string, string> {
  const byCue = new Map<string, string>();
  for (const match of matches) {
    const key = cueKey(match.trackId, match.cueId);
    const isCurrent =
      current !== undefined &&
      current.trackId === match.trackId &&
      current.cueId === match.cueId &&
      current.start === match.start &&
      current.end === match.end;
    const range = `${match.start}-${match.end}${isCurrent ? CURRENT : ''}`;
    const before = byCue.get(key);
    byCue.set(key, before === undefined ? range : `${before},${range}`);
  }
  return byCue;
}

/** The ranges of one cue's marks string; malformed parts are dropped, ranges are cut to the text. */
export function parseFindMarks(marks: string, textLength: number): FoundRange[] {
  if (marks === '') return [];
  const ranges: FoundRange[] = [];
  for (const part of marks.split(',')) {
    const found = /^(\d+)-(\d+)(!?)$/.exec(part);
    if (!found) continue;
    const start = Math.min(Number(found[1]), textLength);
    const end = Math.min(Number(found[2]), textLength);
    if (end > start) ranges.push({ start, end, current: found[3] === CURRENT });
  }
  return ranges.sort((a, b) => a.start - b.start);
}
