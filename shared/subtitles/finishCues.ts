import { defaultSegmentationRules } from '../transcript/rules';
import type { ParseContext, RawCue } from './parseContext';
import { formatTimestamp } from './timestamps';
import type { TimedText } from './writeSubtitles';

/** A cue that ends the moment it starts is given the shortest readable duration (GUIDELINES.md: 833 ms). */
export const MIN_CUE_DURATION_MS = defaultSegmentationRules.minDurationMs;

const show = (timeMs: number) => formatTimestamp(timeMs, ',');

/**
 * Cue text for a file where a blank line ends the cue (SRT, WebVTT, the text format): lines that are empty
 * or only spaces are dropped; every other line is kept as written, leading spaces included.
 */
export function writableCueText(text: string): string {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .join('\n');
}

export interface FinishOptions {
  /**
   * 'browser' (WebVTT): every cue is kept as a browser keeps it, an empty one and one that ends before it
   * starts included; `lenient` then swaps reversed times (listed). 'checked' (SRT, ASS, text): a cue with no
   * text is left out (tallied); reversed or zero-length times and cues out of order are problems.
   */
  policy: 'browser' | 'checked';
}

/**
 * The checks every format shares, in file order; then a stable sort by start time. Overlapping cues are
 * kept as they are, in every format and mode: two people speaking at once is what the file says.
 * Strict mode stops at the first problem; lenient mode repairs: swaps times that are the wrong way round,
 * gives a zero-length cue the minimum duration and sorts by start time, listing each repair.
 */
export function finishCues(
  raw: readonly RawCue[],
  context: ParseContext,
  options: FinishOptions = { policy: 'checked' },
): TimedText[] {
  const browser = options.policy === 'browser';
  const kept: RawCue[] = [];
  let reportedOrder = false;
  for (const cue of raw) {
    if (!browser && cue.text.trim() === '') {
      context.tally(cue.line, 'no-text');
      continue;
    }
    let { startMs, endMs } = cue;
    if (endMs < startMs && (!browser || context.lenient)) {
      context.problem(cue.line, 'ends-before-starts', { start: show(startMs), end: show(endMs) });
      [startMs, endMs] = [endMs, startMs];
    } else if (endMs === startMs && !browser) {
      context.problem(cue.line, 'zero-duration', { start: show(startMs), minMs: MIN_CUE_DURATION_MS });
      endMs = startMs + MIN_CUE_DURATION_MS;
    }
    const previous = kept[kept.length - 1];
    if (!browser && !reportedOrder && previous && startMs < previous.startMs) {
      context.problem(cue.line, 'out-of-order', {
        start: show(startMs),
        previousStart: show(previous.startMs),
      });
      reportedOrder = true;
    }
    kept.push({ ...cue, startMs, endMs });
  }
  // A stable sort: cues with the same start keep their file order.
  return [...kept]
    .sort((a, b) => a.startMs - b.startMs)
    .map((cue) => {
      const { startMs, endMs, text, settings } = cue;
      return settings ? { startMs, endMs, text, settings } : { startMs, endMs, text };
    });
}
