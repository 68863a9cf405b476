import { countChars, endsSentence, endsWithPunctuation, joinWords } from './text';

/**
 * Line breaking of one cue's words. Words stay in spoken (logical) order; lines are never reversed and no bidi
 * control characters are added, so a line of Urdu holding English words and digits reads correctly when the
 * renderer shows it with dir="rtl" (the Unicode bidi algorithm orders the runs).
 *
 * Preferences (Netflix line-break guidance), as costs added to a balance cost:
 * - break after punctuation (. ? ! , and Urdu ۔ ؟ ،), more strongly after a sentence end;
 * - break before English conjunctions and prepositions, and before Urdu conjunctions (اور، لیکن، کہ …);
 * - Urdu puts postpositions after the noun (کراچی سے, "from Karachi"), so the break goes after a postposition
 *   or particle (کے، کی، کا، میں، سے، پر، کو، نے، بھی) and never before one, nor before an auxiliary (ہے، ہوں، گی);
 * - never after an English article or possessive (a, an, the, my, your …), avoid after a subject pronoun.
 * A single line is used whenever the text fits on one.
 */

export interface LineRules {
  maxCharsPerLine: number;
  maxLines: number;
}

/** Word lists, space-separated. */
const wordSet = (words: string): ReadonlySet<string> => new Set(words.split(' '));

const englishBreakBefore = wordSet(
  'and but or nor because so if when while although of to in on at for with from by about into that which who',
);
const urduBreakBefore = wordSet('اور لیکن مگر کہ یا کیونکہ بلکہ تاکہ جب اگر جو');
/** Postpositions, particles and auxiliaries that belong to the word before them. */
const urduNoBreakBefore = wordSet(
  'کے کی کا میں سے پر کو نے بھی تک والے والی والا ہے ہیں ہوں ہو تھا تھی تھے گا گی گے',
);
const urduBreakAfter = wordSet('کے کی کا میں سے پر کو نے بھی تک');
const englishNeverAfter = wordSet('a an the my your his her its our their this');
const englishAvoidAfter = wordSet('i we they he she');

const bonus = { sentence: 150, clause: 100, beforeConjunction: 50, afterPostposition: 40 };
const penalty = { never: 1_000_000, beforePostposition: 400, afterPronoun: 120 };

/** Arabic letter forms sometimes written for Urdu ones (ي ى ك ه), mapped to the Urdu forms of the lists. */
const urduForms: Readonly<Record<string, string>> = { ي: 'ی', ى: 'ی', ك: 'ک', ه: 'ہ' };

/** The word without surrounding punctuation, lower case, Urdu letter forms, for looking it up in the lists. */
function bare(word: string): string {
  let found = bareCache.get(word);
  if (found === undefined) {
    if (bareCache.size >= BARE_CACHE_SIZE) bareCache.clear();
    found = bareUncached(word);
    bareCache.set(word, found);
  }
  return found;
}

/** Words repeat (a transcript has a few thousand distinct ones): each is made bare once. */
const BARE_CACHE_SIZE = 10_000;
const bareCache = new Map<string, string>();

function bareUncached(word: string): string {
  return word
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/[يىكه]/g, (char) => urduForms[char] ?? char);
}

/** Cost of breaking the line between `before` and `after` (lower is better; negative is a good place). */
export function breakCost(before: string, after: string): number {
  const left = bare(before);
  const right = bare(after);
  const punctuated = endsWithPunctuation(before);
  if (!punctuated && englishNeverAfter.has(left)) return penalty.never;
  let cost = 0;
  if (endsSentence(before)) cost -= bonus.sentence;
  else if (punctuated) cost -= bonus.clause;
  else {
    if (urduNoBreakBefore.has(right)) cost += penalty.beforePostposition;
    if (englishAvoidAfter.has(left)) cost += penalty.afterPronoun;
  }
  if (englishBreakBefore.has(right) || urduBreakBefore.has(right)) cost -= bonus.beforeConjunction;
  if (!punctuated && urduBreakAfter.has(left) && !urduNoBreakBefore.has(right))
    cost -= bonus.afterPostposition;
  return cost;
}

/**
 * The best lines for `words`, or undefined when they cannot fit in `maxLines` lines of `maxCharsPerLine`.
 * Uses the fewest lines that fit; among layouts with that many lines, the one with the lowest cost.
 */
export function breakLines(words: readonly string[], rules: LineRules): string[] | undefined {
  if (words.length === 0) return [];
  // starts[i]: characters of words[0, i) (their lengths summed), so a line's length costs one subtraction.
  const starts = [0];
  for (const word of words) starts.push(starts.at(-1)! + countChars(word));
  const lineLength = (from: number, to: number): number => starts[to]! - starts[from]! + (to - from - 1);
  if (lineLength(0, words.length) <= rules.maxCharsPerLine) return [joinWords(words)];
  // The cost of a break before word i does not depend on the layout: worked out once per place.
  const costBefore = words.map((word, i) => (i === 0 ? 0 : breakCost(words[i - 1]!, word)));
  for (let lineCount = 2; lineCount <= rules.maxLines; lineCount++) {
    const breaks = bestBreaks(costBefore, lineCount, rules.maxCharsPerLine, lineLength);
    if (breaks) return splitAt(words, breaks);
  }
  return undefined;
}

/** True when the words fit the rules' lines. */
export function fitsLines(words: readonly string[], rules: LineRules): boolean {
  return breakLines(words, rules) !== undefined;
}

/**
 * Lines for words that may not fit (a single word longer than a line, or more text than the lines hold):
 * the best layout when one exists, else greedy filling, which may give long or extra lines for review to flag.
 */
export function layoutLines(words: readonly string[], rules: LineRules): string[] {
  const best = breakLines(words, rules);
  if (best) return best;
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.length - 1;
    const current = lines[last];
    if (current !== undefined && countChars(`${current} ${word}`) <= rules.maxCharsPerLine) {
      lines[last] = `${current} ${word}`;
    } else {
      lines.push(word);
    }
  }
  return lines;
}

/**
 * Dynamic programming over break positions of the words (costBefore[i]: breaking before word i): exactly
 * `lineCount` lines, each within `maxChars`.
 */
function bestBreaks(
  costBefore: readonly number[],
  lineCount: number,
  maxChars: number,
  lineLength: (from: number, to: number) => number,
): number[] | undefined {
  const n = costBefore.length;
  if (n < lineCount) return undefined;
  const mean = (lineLength(0, n) - (lineCount - 1)) / lineCount;
  // best[k][j]: cheapest cost of laying words[0, j) on k lines; from[k][j]: where the k-th line starts.
  const best: number[][] = Array.from({ length: lineCount + 1 }, () => Array<number>(n + 1).fill(Infinity));
  const from: number[][] = Array.from({ length: lineCount + 1 }, () => Array<number>(n + 1).fill(-1));
  best[0]![0] = 0;
  for (let k = 1; k <= lineCount; k++) {
    for (let j = k; j <= n; j++) {
      for (let i = k - 1; i < j; i++) {
        const previous = best[k - 1]![i]!;
        const length = lineLength(i, j);
        if (previous === Infinity || length > maxChars) continue;
        // Balance matters less than a good break: for two lines that differ by d characters this adds d²/8,
        // so a comma break (100) still wins while the lines differ by less than about 28 characters.
        const deviation = length - mean;
        let cost = previous + (deviation * deviation) / 4;
        cost += costBefore[i]!;
        // A slight preference for a bottom-heavy shape: the first line not longer than the second.
        if (k === 2 && lineCount === 2) cost += Math.max(0, lineLength(0, i) - length);
        if (cost < best[k]![j]!) {
          best[k]![j] = cost;
          from[k]![j] = i;
        }
      }
    }
  }
  if (best[lineCount]![n] === Infinity) return undefined;
  const breaks: number[] = [];
  let end = n;
  for (let k = lineCount; k > 1; k--) {
    end = from[k]![end]!;
    breaks.unshift(end);
  }
  return breaks;
}

function splitAt(words: readonly string[], breaks: readonly number[]): string[] {
  const lines: string[] = [];
  let start = 0;
  for (const end of [...breaks, words.length]) {
    lines.push(joinWords(words.slice(start, end)));
    start = end;
  }
  return lines;
}
