import { defaultSegmentationRules } from '../transcript/rules';
import type { ParseContext, RawCue } from './parseContext';
import { formatTimestamp } from './timestamps';
import type { TimedText } from './writeSubtitles';

/** A cue that ends the moment it starts is given the shortest readable duration (GUIDELINES.md: 833 ms). */
export const MIN_CUE_DURATION_MS = defaultSegmentationRules.minDurationMs;

const show = (timeMs: number) => formatTimestamp(timeMs, ',');

/** Trims every line, drops empty lines (a blank line would end a cue early in SRT and WebVTT). */
export function cleanCueText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * The checks every format shares, in file order: no text, end before start, zero duration, order; then,
 * sorted, overlaps. Strict mode stops at the first problem; lenient mode repairs: swaps times that are the
 * wrong way round, gives a zero-length cue the minimum duration, sorts by start time, and ends a cue where
 * the next one starts (or joins a cue that starts with another and ends inside it to that one).
 */
export function finishCues(raw: readonly RawCue[], context: ParseContext): TimedText[] {
  const kept: RawCue[] = [];
  let reportedOrder = false;
  for (const cue of raw) {
    const text = cleanCueText(cue.text);
    if (text === '') {
      context.tally(cue.line, 'a cue has no text', 'left it out');
      continue;
    }
    let { startMs, endMs } = cue;
    if (endMs < startMs) {
      context.problem(
        cue.line,
        `the cue ends (${show(endMs)}) before it starts (${show(startMs)})`,
        'swapped the two times',
      );
      [startMs, endMs] = [endMs, startMs];
    } else if (endMs === startMs) {
      context.problem(
        cue.line,
        `the cue ends the moment it starts (${show(startMs)})`,
        `made it last ${MIN_CUE_DURATION_MS} ms`,
      );
      endMs = startMs + MIN_CUE_DURATION_MS;
    }
    const previous = kept[kept.length - 1];
    if (!reportedOrder && previous && startMs < previous.startMs) {
      context.problem(
        cue.line,
        `the cue starts at ${show(startMs)}, before the cue above it (${show(previous.startMs)})`,
        'put all cues in time order',
      );
      reportedOrder = true;
    }
    kept.push({ line: cue.line, startMs, endMs, text });
  }
  // A stable sort: cues with the same start keep their file order.
  const sorted = reportedOrder ? [...kept].sort((a, b) => a.startMs - b.startMs) : kept;
  return removeOverlaps(sorted, context).map(({ startMs, endMs, text }) => ({ startMs, endMs, text }));
}

function removeOverlaps(sorted: readonly RawCue[], context: ParseContext): RawCue[] {
  const out: RawCue[] = [];
  for (const cue of sorted) {
    const previous = out[out.length - 1];
    if (!previous || cue.startMs >= previous.endMs) {
      out.push({ ...cue });
      continue;
    }
    const problem = `the cue starts at ${show(cue.startMs)}, before the cue above it ends (${show(previous.endMs)})`;
    if (cue.startMs > previous.startMs) {
      context.problem(cue.line, problem, `ended the cue above at ${show(cue.startMs)}`);
      previous.endMs = cue.startMs;
      out.push({ ...cue });
    } else if (cue.endMs > previous.endMs) {
      context.problem(cue.line, problem, `started this cue at ${show(previous.endMs)}`);
      out.push({ ...cue, startMs: previous.endMs });
    } else {
      context.problem(cue.line, problem, 'joined its text to the cue above');
      previous.text = `${previous.text}\n${cue.text}`;
    }
  }
  return out;
}
