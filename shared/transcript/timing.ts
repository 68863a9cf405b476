import type { Word } from './model';
import type { SegmentationRules } from './rules';
import { countChars, joinWords } from './text';

export interface CueTime {
  startMs: number;
  endMs: number;
}

/** Characters a cue's text shows, spaces and punctuation included (a line break counts as the space it replaced). */
export function cueChars(text: string): number {
  return countChars(text.replace(/\n/g, ' '));
}

/** Reading speed of a cue in characters per second (Infinity for a cue of no duration). */
export function readingSpeedCps(cue: { startMs: number; endMs: number; text: string }): number {
  const durationMs = cue.endMs - cue.startMs;
  return durationMs <= 0 ? Infinity : (cueChars(cue.text) * 1000) / durationMs;
}

/**
 * In and out times of consecutive groups of words:
 * 1. in on the first word; never earlier than the previous cue's out plus the minimum gap;
 * 2. out at the end of speech plus `lingerMs`, and later when the cue needs more time on screen: at least
 *    `minDurationMs`, and long enough to read at `maxCps` (reading speed is met by using free time after the
 *    speech; splitting a cue cannot lower it, since the parts share the same time);
 * 3. never later than the next cue's first word minus `minGapMs`, nor longer than `maxDurationMs`, nor past
 *    `mediaDurationMs`;
 * 4. chaining: a gap of at most `chainGapMs` to the next cue is closed to exactly `minGapMs` by extending the out.
 * All results are integer milliseconds.
 */
export function timeGroups(
  groups: readonly (readonly Word[])[],
  rules: SegmentationRules,
  mediaDurationMs?: number,
): CueTime[] {
  const speechStarts = groups.map((group) => group[0]?.startMs ?? 0);
  const times: CueTime[] = [];
  groups.forEach((group, index) => {
    const previous = times[index - 1];
    const speechStart = speechStarts[index] ?? 0;
    const speechEnd = Math.max(speechStart, ...group.map((word) => word.endMs));
    const startMs = previous ? Math.max(speechStart, previous.endMs + rules.minGapMs) : speechStart;
    const chars = countChars(joinWords(group.map((word) => word.text)));
    const neededMs = Math.max(rules.minDurationMs, Math.ceil((chars * 1000) / rules.maxCps));
    const wantedEnd = Math.max(speechEnd + rules.lingerMs, startMs + neededMs);
    const nextStart = speechStarts[index + 1];
    const limits = [startMs + rules.maxDurationMs];
    if (nextStart !== undefined) limits.push(nextStart - rules.minGapMs);
    if (mediaDurationMs !== undefined) limits.push(mediaDurationMs);
    const endMs = Math.max(startMs + 1, Math.min(wantedEnd, ...limits));
    times.push({ startMs, endMs });
  });
  return chain(times, rules);
}

/** Closes gaps of at most chainGapMs to exactly minGapMs, where the first cue may grow that long. */
function chain(times: CueTime[], rules: SegmentationRules): CueTime[] {
  return times.map((time, index) => {
    const next = times[index + 1];
    if (!next) return time;
    const gap = next.startMs - time.endMs;
    const chainedEnd = next.startMs - rules.minGapMs;
    if (gap <= rules.minGapMs || gap > rules.chainGapMs) return time;
    if (chainedEnd - time.startMs > rules.maxDurationMs) return time;
    return { startMs: time.startMs, endMs: chainedEnd };
  });
}
