import type { Track } from '../transcript/model';

/** One row of the side-by-side editor: at most one cue of each track (its index there), and the row's time. */
export interface AlignedRow {
  startMs: number;
  cells: (number | undefined)[];
}

const overlapMs = (a: { startMs: number; endMs: number }, b: { startMs: number; endMs: number }): number =>
  Math.max(0, Math.min(a.endMs, b.endMs) - Math.max(a.startMs, b.startMs));

/**
 * Lines up the cues of several tracks by time (a transcript and its translation side by side): the cues of
 * the first track make rows; a cue of another track joins the row whose cue it overlaps most (if that row
 * has no cue of its track yet), otherwise it gets a row of its own, placed by its start time. Every cue of
 * every track appears exactly once, in order within its track.
 */
export function alignRows(tracks: readonly Track[]): AlignedRow[] {
  const [first, ...others] = tracks;
  if (!first) return [];
  const width = tracks.length;
  const rows: AlignedRow[] = first.cues.map((cue, index) => {
    const cells: (number | undefined)[] = Array.from({ length: width }, () => undefined);
    cells[0] = index;
    return { startMs: cue.startMs, cells };
  });
  others.forEach((track, offset) => {
    const column = offset + 1;
    let rowFloor = 0; // rows before this already hold an earlier cue of this track: keep track order
    const extra: AlignedRow[] = [];
    track.cues.forEach((cue, index) => {
      let best = -1;
      let bestOverlap = 0;
      for (let at = rowFloor; at < rows.length; at++) {
        const anchorIndex = rows[at]!.cells[0];
        const anchor = anchorIndex === undefined ? undefined : first.cues[anchorIndex];
        if (!anchor) continue;
        if (anchor.startMs > cue.endMs) break;
        const shared = overlapMs(anchor, cue);
        if (shared > bestOverlap && rows[at]!.cells[column] === undefined) {
          best = at;
          bestOverlap = shared;
        }
      }
      if (best >= 0) {
        rows[best]!.cells[column] = index;
        rowFloor = best + 1;
      } else {
        const cells: (number | undefined)[] = Array.from({ length: width }, () => undefined);
        cells[column] = index;
        extra.push({ startMs: cue.startMs, cells });
      }
    });
    rows.push(...extra);
    // Stable sort keeps first-track order for equal times; extra rows slot in by their start.
    rows.sort((a, b) => a.startMs - b.startMs);
  });
  return rows;
}
