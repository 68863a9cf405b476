/**
 * Rows for drawing a track's cues on the waveform lane when some overlap in time (two people speaking at
 * once): each cue goes in the first row whose last cue has ended by its start, so cues that do not overlap
 * share row 0 and overlapping ones stack below it. Cues are taken in start order (ties in their order);
 * a cue that ends before it starts counts as the span between its two times.
 */
export interface CueRows {
  /** The row of each cue, by its index in the input. */
  rowOf: number[];
  /** How many rows the lane needs (1 when nothing overlaps; 0 for no cues). */
  rows: number;
}

export function overlapRows(cues: readonly { startMs: number; endMs: number }[]): CueRows {
  const order = cues.map((_, index) => index);
  const spanStart = (index: number) => Math.min(cues[index]?.startMs ?? 0, cues[index]?.endMs ?? 0);
  const spanEnd = (index: number) => Math.max(cues[index]?.startMs ?? 0, cues[index]?.endMs ?? 0);
  order.sort((a, b) => spanStart(a) - spanStart(b) || a - b);
  const rowEnds: number[] = [];
  const rowOf: number[] = new Array<number>(cues.length).fill(0);
  for (const index of order) {
    const start = spanStart(index);
    let row = rowEnds.findIndex((endMs) => endMs <= start);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = spanEnd(index);
    rowOf[index] = row;
  }
  return { rowOf, rows: rowEnds.length };
}
