import type { AlignedRow } from '../../../shared/editor/align';
import type { Track } from '../../../shared/transcript/model';

export type UrduFont = 'nastaliq' | 'naskh';

/**
 * Line heights of a cue's text box in px. Nastaliq stacks letters diagonally and needs far more room than
 * Naskh or Latin; the CSS of the cue text uses these same numbers (set inline), so rows are measured, not
 * guessed by the browser, and the virtualised list knows every row's height before rendering it.
 */
export function lineHeightPx(direction: Track['direction'], urduFont: UrduFont): number {
  if (direction === 'ltr') return 24;
  return urduFont === 'nastaliq' ? 46 : 34;
}

export const fontSizePx = (direction: Track['direction']): number => (direction === 'rtl' ? 19 : 15);

/** Padding and the meta line (characters, cps) around a cell's text box. */
export const CELL_CHROME_PX = 44;
export const MIN_LINES = 2;
export const MAX_LINES = 4;

/** The lines a cue's text box shows (its line breaks counted without splitting: every row, every key). */
export function visibleLines(text: string): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0 && lines < MAX_LINES; at = text.indexOf('\n', at + 1)) lines += 1;
  return Math.max(MIN_LINES, lines);
}

/** Every row's height: the tallest of its cells. */
export function rowHeights(
  rows: readonly AlignedRow[],
  tracks: readonly Track[],
  urduFont: UrduFont,
): number[] {
  const lineHeights = tracks.map((track) => lineHeightPx(track.direction, urduFont));
  return rows.map((row) => {
    let tallest = MIN_LINES * Math.min(...lineHeights);
    row.cells.forEach((cueIndex, column) => {
      const cue = cueIndex === undefined ? undefined : tracks[column]?.cues[cueIndex];
      const lines = cue ? visibleLines(cue.text) : MIN_LINES;
      tallest = Math.max(tallest, lines * (lineHeights[column] ?? 24));
    });
    return tallest + CELL_CHROME_PX;
  });
}
