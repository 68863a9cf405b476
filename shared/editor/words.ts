import type { Cue, Word } from '../transcript/model';
import { countChars } from '../transcript/text';

/** A span of a cue's text in UTF-16 offsets (as a textarea's selectionStart counts). */
export interface TextRange {
  start: number;
  end: number;
}

export interface Token extends TextRange {
  text: string;
}

/** Words whisper was less sure of than this are "uncertain" (marked, and visited by "next uncertain word"). */
export const UNCERTAIN_BELOW = 0.6;

/** The whitespace-separated pieces of a text, with their offsets. */
export function tokenize(text: string): Token[] {
  return [...text.matchAll(/\S+/g)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/**
 * Where each word of a cue sits in its text: the next whitespace-separated token equal to the word, in order
 * (a word not found gets undefined and the search goes on after the last word found), so a short word is
 * never matched inside a longer one.
 */
export function wordRanges(cue: Pick<Cue, 'text' | 'words'>): (TextRange | undefined)[] {
  const tokens = tokenize(cue.text);
  let cursor = 0;
  return cue.words.map((word) => {
    for (let at = cursor; at < tokens.length; at++) {
      const token = tokens[at]!;
      if (token.text !== word.text) continue;
      cursor = at + 1;
      return { start: token.start, end: token.end };
    }
    return undefined;
  });
}

/** Lays `texts` out one after another over [fromMs, toMs], each taking time in proportion to its characters. */
export function distributeWords(texts: readonly string[], fromMs: number, toMs: number): Word[] {
  const span = Math.max(0, toMs - fromMs);
  const weights = texts.map((text) => Math.max(1, countChars(text)));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let used = 0;
  return texts.map((text, index) => {
    const startMs = fromMs + Math.round((span * used) / total);
    used += weights[index] ?? 1;
    const endMs = fromMs + Math.round((span * used) / total);
    return { text, startMs, endMs, probability: 1 };
  });
}

/** Longest common subsequence of two lists of strings, as index pairs in order. */
function commonPairs(a: readonly string[], b: readonly string[]): [number, number][] {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint16Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * cols + j] =
        a[i] === b[j]
          ? table[(i + 1) * cols + j + 1]! + 1
          : Math.max(table[(i + 1) * cols + j]!, table[i * cols + j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (table[(i + 1) * cols + j]! >= table[i * cols + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/**
 * The words of a cue after its text was edited to `text`. Words stay one per whitespace-separated token:
 * - a token equal to an old word (matched in order) keeps that word as it was, times and probability;
 * - tokens that replace as many old words take those words' times; a run that replaces a different number
 *   of old words shares their time span by characters; inserted tokens share the gap where they were typed;
 * - a word the person typed or changed gets probability 1: correcting a word clears its uncertainty;
 * - deleted words are dropped.
 * A cue without words (imported subtitles) stays without words. `bounds` limits where inserted words go.
 */
export function realignWords(
  oldWords: readonly Word[],
  text: string,
  bounds?: { startMs: number; endMs: number },
): Word[] {
  if (oldWords.length === 0) return [];
  const tokens = tokenize(text).map((token) => token.text);
  const pairs = commonPairs(
    oldWords.map((word) => word.text),
    tokens,
  );
  const result: Word[] = [];
  let oldAt = 0;
  let newAt = 0;
  const fillGap = (oldEnd: number, newEnd: number) => {
    const oldRun = oldWords.slice(oldAt, oldEnd);
    const newRun = tokens.slice(newAt, newEnd);
    if (newRun.length > 0) {
      if (oldRun.length === newRun.length) {
        oldRun.forEach((word, index) => result.push({ ...word, text: newRun[index]!, probability: 1 }));
      } else if (oldRun.length > 0) {
        result.push(...distributeWords(newRun, oldRun[0]!.startMs, oldRun[oldRun.length - 1]!.endMs));
      } else {
        const previousEnd = result[result.length - 1]?.endMs ?? bounds?.startMs;
        const nextStart = oldWords[oldEnd]?.startMs ?? bounds?.endMs;
        const fromMs = previousEnd ?? nextStart ?? 0;
        result.push(...distributeWords(newRun, fromMs, Math.max(fromMs, nextStart ?? fromMs)));
      }
    }
    oldAt = oldEnd;
    newAt = newEnd;
  };
  for (const [oldIndex, newIndex] of pairs) {
    fillGap(oldIndex, newIndex);
    result.push(oldWords[oldIndex]!);
    oldAt = oldIndex + 1;
    newAt = newIndex + 1;
  }
  fillGap(oldWords.length, tokens.length);
  return result;
}

/** The cue's words shifted by `deltaMs` and kept within [startMs, endMs]. */
export function clampWords(words: readonly Word[], startMs: number, endMs: number, deltaMs = 0): Word[] {
  const clamp = (ms: number) => Math.min(endMs, Math.max(startMs, ms + deltaMs));
  return words.map((word) => ({ ...word, startMs: clamp(word.startMs), endMs: clamp(word.endMs) }));
}
