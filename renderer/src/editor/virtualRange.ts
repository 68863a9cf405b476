/**
 * The small virtualiser of the cue list: rows of known heights, laid out by prefix offsets; only the rows
 * in the scrolled viewport (plus a few either side) are rendered.
 */

/** offsets[i] is the top of row i; offsets[rows] is the total height. */
export function rowOffsets(heights: readonly number[]): number[] {
  const offsets = new Array<number>(heights.length + 1);
  offsets[0] = 0;
  for (let index = 0; index < heights.length; index++) offsets[index + 1] = offsets[index]! + heights[index]!;
  return offsets;
}

/** Index of the row at `y` (the last row whose top is at or above y), clamped to the rows. */
export function rowAt(offsets: readonly number[], y: number): number {
  const rows = offsets.length - 1;
  if (rows <= 0) return 0;
  let low = 0;
  let high = rows - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (offsets[middle]! <= y) low = middle;
    else high = middle - 1;
  }
  return low;
}

export interface VisibleRange {
  /** First row to render. */
  first: number;
  /** One past the last row to render. */
  end: number;
}

/** The rows to render for a viewport at `scrollTop` of `viewportHeight` px, with `overscan` rows either side. */
export function visibleRange(
  offsets: readonly number[],
  scrollTop: number,
  viewportHeight: number,
  overscan = 4,
): VisibleRange {
  const rows = offsets.length - 1;
  if (rows <= 0) return { first: 0, end: 0 };
  const top = rowAt(offsets, Math.max(0, scrollTop));
  const bottom = rowAt(offsets, Math.max(0, scrollTop + Math.max(0, viewportHeight) - 1));
  return { first: Math.max(0, top - overscan), end: Math.min(rows, bottom + 1 + overscan) };
}

/** The scrollTop that brings row `index` fully into view (unchanged when it already is). */
export function scrollToShow(
  offsets: readonly number[],
  index: number,
  scrollTop: number,
  viewportHeight: number,
): number {
  const top = offsets[index];
  const bottom = offsets[index + 1];
  if (top === undefined || bottom === undefined) return scrollTop;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, Math.min(top, bottom - viewportHeight));
  return scrollTop;
}
