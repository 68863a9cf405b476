/** The waveform's horizontal scale: time runs left to right (in both UI languages) at `pxPerSecond`. */
export interface TimeScale {
  pxPerSecond: number;
}

export const MIN_PX_PER_SECOND = 5;
export const MAX_PX_PER_SECOND = 800;
export const DEFAULT_PX_PER_SECOND = 80;

export const msToPx = (ms: number, scale: TimeScale): number => (ms / 1000) * scale.pxPerSecond;
export const pxToMs = (px: number, scale: TimeScale): number => Math.round((px / scale.pxPerSecond) * 1000);

/** Zoomed in (factor > 1) or out, kept within the limits. */
export function zoomed(pxPerSecond: number, factor: number): number {
  return Math.min(MAX_PX_PER_SECOND, Math.max(MIN_PX_PER_SECOND, pxPerSecond * factor));
}

/** The scrollLeft that keeps the time under `anchorPx` (from the viewport's left) in place across a zoom. */
export function scrollAfterZoom(scrollLeft: number, anchorPx: number, before: number, after: number): number {
  return Math.max(0, ((scrollLeft + anchorPx) * after) / before - anchorPx);
}

/** The peaks values (one per `msPerValue`) that fall in [fromMs, toMs), as indexes. */
export function peakWindow(
  count: number,
  msPerValue: number,
  fromMs: number,
  toMs: number,
): [number, number] {
  if (count === 0 || msPerValue <= 0) return [0, 0];
  const first = Math.max(0, Math.floor(fromMs / msPerValue));
  const end = Math.min(count, Math.ceil(toMs / msPerValue));
  return [first, Math.max(first, end)];
}
