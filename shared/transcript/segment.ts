import { breakCost, fitsLines, layoutLines } from './lineBreak';
import type { Cue, Word } from './model';
import { type SegmentationRules, withDefaults } from './rules';
import { endsSentence } from './text';
import { timeGroups } from './timing';

export interface SegmentOptions {
  /** Id of the cue at `index` (default `cue-1`, `cue-2`, …). */
  makeId?: (index: number) => string;
  /** No cue ends after the media does. */
  mediaDurationMs?: number;
}

/**
 * Words → cues, following the subtitle rules (see SegmentationRules for every threshold):
 * - a cue ends after a word that ends a sentence (. ? ! ۔ ؟ …);
 * - a cue ends before a silence longer than `pauseMs`;
 * - a cue ends when the next word would not fit `maxLines` lines of `maxCharsPerLine`, or would make the speech
 *   longer than `maxDurationMs`; it then ends at the best place in its second half (after a comma, before a
 *   conjunction) when there is one, and the words after it start the next cue;
 * - times follow timing.ts (linger, minimum duration, reading speed, gaps, chaining);
 * - text is laid out by lineBreak.ts, in spoken order.
 */
export function segmentWords(
  words: readonly Word[],
  rules: Partial<SegmentationRules> = {},
  options: SegmentOptions = {},
): Cue[] {
  const full = withDefaults(rules);
  const groups = groupWords(words, full);
  const times = timeGroups(groups, full, options.mediaDurationMs);
  const makeId = options.makeId ?? ((index: number) => `cue-${index + 1}`);
  return groups.map((group, index) => {
    const time = times[index] ?? { startMs: 0, endMs: 0 };
    return {
      id: makeId(index),
      startMs: time.startMs,
      endMs: time.endMs,
      text: layoutLines(
        group.map((word) => word.text),
        full,
      ).join('\n'),
      words: group.map((word) => ({ ...word })),
    };
  });
}

/** Splits words into the groups that become cues. */
export function groupWords(words: readonly Word[], rules: SegmentationRules): Word[][] {
  const groups: Word[][] = [];
  let current: Word[] = [];
  const close = (count: number): void => {
    groups.push(current.slice(0, count));
    current = current.slice(count);
  };
  for (const word of words) {
    const last = current[current.length - 1];
    if (last && word.startMs - last.endMs > rules.pauseMs) close(current.length);
    while (current.length > 0 && !canAdd(current, word, rules)) close(preferredSplit(current));
    current.push(word);
    if (endsSentence(word.text)) close(current.length);
  }
  if (current.length > 0) close(current.length);
  return groups;
}

function canAdd(group: readonly Word[], word: Word, rules: SegmentationRules): boolean {
  const first = group[0];
  if (first && word.endMs - first.startMs > rules.maxDurationMs) return false;
  return fitsLines(
    [...group, word].map((candidate) => candidate.text),
    rules,
  );
}

/**
 * How many words of a full group make the cue: all of them, unless a good break (negative breakCost: after
 * punctuation, before a conjunction) lies in the group's second half, in which case the cue ends there.
 */
function preferredSplit(group: readonly Word[]): number {
  let best = group.length;
  let bestCost = 0;
  for (let count = Math.ceil(group.length / 2); count < group.length; count++) {
    const before = group[count - 1];
    const after = group[count];
    if (!before || !after) continue;
    const cost = breakCost(before.text, after.text);
    if (cost < bestCost) {
      best = count;
      bestCost = cost;
    }
  }
  return best;
}
