/**
 * Heights on the timeline, top to bottom: the waveform band, then one lane per track, each as many rows
 * as its overlapping cues need (overlapRows). The waveform keeps its height whatever the number of tracks;
 * rows shrink towards a readable minimum when many tracks or stacks would make the lanes too tall, and only
 * then does the timeline grow.
 */
export const WAVEFORM_PX = 64;
/** A row of cue regions: one line of 12 px label with its edges. */
export const CUE_ROW_PX = 22;
export const MIN_CUE_ROW_PX = 16;
/** Lanes together stay within this while their rows can still shrink. */
export const LANES_BUDGET_PX = 120;
export const LANE_GAP_PX = 2;

export interface LaneLayout {
  topPx: number;
  rowPx: number;
  heightPx: number;
}

export interface TimelineLayout {
  waveformPx: number;
  lanes: LaneLayout[];
  totalPx: number;
}

/** The layout for tracks whose lanes need these many rows each (0 rows counts as 1: an empty lane shows). */
export function timelineLayout(rowsPerTrack: readonly number[]): TimelineLayout {
  const rows = rowsPerTrack.map((count) => Math.max(1, Math.floor(count)));
  const totalRows = rows.reduce((sum, count) => sum + count, 0);
  const fit =
    totalRows === 0 ? CUE_ROW_PX : Math.floor((LANES_BUDGET_PX - LANE_GAP_PX * rows.length) / totalRows);
  const rowPx = Math.min(CUE_ROW_PX, Math.max(MIN_CUE_ROW_PX, fit));
  let top = WAVEFORM_PX;
  const lanes = rows.map((count) => {
    const lane = { topPx: top + LANE_GAP_PX, rowPx, heightPx: count * rowPx };
    top = lane.topPx + lane.heightPx;
    return lane;
  });
  return { waveformPx: WAVEFORM_PX, lanes, totalPx: top + LANE_GAP_PX };
}
