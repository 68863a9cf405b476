import type { Word } from './model';
import { countChars, isClosingPunctuation } from './text';
import type { WhisperSegment, WhisperToken } from './whisperFormat';

/**
 * whisper tokens → words.
 *
 * - A token whose text starts with whitespace begins a new word; one without continues the word before it
 *   (sub-word pieces: " Americ" + "ans"; the second half of a split letter).
 * - Each segment starts a new word (whisper ends segments at timestamp tokens, between words).
 * - A token that is only closing punctuation (`,` `۔` `؟` `?` `"`) joins the word before it, with or without a
 *   leading space.
 * - Special tokens were removed when the JSON was decoded (whisperFormat.ts); split letters were rejoined there.
 * - A word starts at its first token's start and ends at the latest end of its spoken tokens. Punctuation
 *   tokens are left out: whisper 1.5.0 gives them the silence after the word (jfk.wav: "," 2850–3300 ms after
 *   " Americans" 1590–2850 ms), which would hide the pause that segmentation looks for.
 * - probability = the lowest p of the word's pieces, punctuation pieces left out: one doubtful piece is enough to
 *   make the whole word doubtful, and a doubtful comma is not a doubtful word. This makes review highlight
 *   words that may be wrong; a mean would hide a bad piece among good ones.
 * - DTW (whisper run with -dtw; tokens carry `dtwMs`): when every word of a segment has a DTW time on its first
 *   token, the segment's word times come from DTW instead: a word starts at its first token's DTW time and ends
 *   where the next word starts (the last word at the segment's end), all held inside the segment and in order,
 *   and none longer than DTW_WORD_MAX_MS: a segment may run across a pause (or, with VAD, across silence that
 *   was cut out), and a highlight held on one word through it would be wrong.
 *   A segment where any word lacks one keeps whisper's token times (wordTimesSource says which it was).
 */

interface TimedToken {
  text: string;
  startMs: number;
  endMs: number;
  probability: number;
  dtwMs?: number;
}

/** Words from a whole whisper result, in order. Segments without tokens are split on spaces (see segmentToWords). */
export function wordsFromSegments(segments: readonly WhisperSegment[]): Word[] {
  const words: Word[] = [];
  for (const segment of segments) {
    if (segment.tokens === undefined) words.push(...segmentToWords(segment));
    else {
      const grouped = wordGroups(timedTokens(segment, segment.tokens));
      words.push(...(segmentHasDtw(grouped) ? dtwWords(grouped, segment) : grouped.map(({ word }) => word)));
    }
  }
  return words;
}

/**
 * Where a result's word times come from: 'dtw' when every segment with words had DTW times for all of them,
 * 'tokens' when none had, 'mixed' otherwise; 'none' when there are no tokens with words at all.
 */
export function wordTimesSource(segments: readonly WhisperSegment[]): 'dtw' | 'tokens' | 'mixed' | 'none' {
  let dtw = 0;
  let tokens = 0;
  for (const segment of segments) {
    if (segment.tokens === undefined) continue;
    const grouped = wordGroups(timedTokens(segment, segment.tokens));
    if (grouped.length === 0) continue;
    if (segmentHasDtw(grouped)) dtw++;
    else tokens++;
  }
  if (dtw === 0 && tokens === 0) return 'none';
  return tokens === 0 ? 'dtw' : dtw === 0 ? 'tokens' : 'mixed';
}

interface WordGroup {
  word: Word;
  /** The DTW time of the word's first token, when whisper gave one. */
  dtwMs: number | undefined;
}

const segmentHasDtw = (grouped: readonly WordGroup[]) =>
  grouped.length > 0 && grouped.every((group) => group.dtwMs !== undefined);

/** The longest a DTW word lasts: DTW gives starts only, and the next start may lie beyond a pause. */
export const DTW_WORD_MAX_MS = 2000;

/** Word times from DTW: each word from its own start to the next word's, inside the segment, never backwards. */
function dtwWords(grouped: readonly WordGroup[], segment: WhisperSegment): Word[] {
  const into = (ms: number) => Math.min(Math.max(ms, segment.startMs), segment.endMs);
  const starts: number[] = [];
  for (const group of grouped)
    starts.push(Math.max(into(group.dtwMs ?? segment.startMs), starts.at(-1) ?? 0));
  return grouped.map(({ word }, index) => {
    const startMs = starts[index] ?? segment.startMs;
    const nextMs = starts[index + 1] ?? segment.endMs;
    return { ...word, startMs, endMs: Math.max(startMs, Math.min(nextMs, startMs + DTW_WORD_MAX_MS)) };
  });
}

/** Groups timed tokens (specials already removed, text decoded) into words. */
export function tokensToWords(tokens: readonly TimedToken[]): Word[] {
  return wordGroups(tokens).map(({ word }) => word);
}

function wordGroups(tokens: readonly TimedToken[]): WordGroup[] {
  const groups: TimedToken[][] = [];
  for (const token of tokens) {
    const current = groups[groups.length - 1];
    const startsWord = /^\s/.test(token.text) && !isClosingPunctuation(token.text);
    if (current === undefined || startsWord) {
      if (token.text.trim() === '' && !startsWord) continue; // an emptied piece with no word to belong to
      groups.push([token]);
    } else {
      current.push(token);
    }
  }
  return groups.flatMap((group) => {
    const word = groupToWord(group);
    return word ? [{ word, dtwMs: group[0]?.dtwMs }] : [];
  });
}

function groupToWord(group: readonly TimedToken[]): Word | undefined {
  const text = group
    .map((token) => (isClosingPunctuation(token.text) ? token.text.trim() : token.text))
    .join('')
    .trim()
    .replace(/\s+/g, ' ');
  const first = group[0];
  if (text === '' || first === undefined) return undefined;
  const spoken = group.filter((token) => !isClosingPunctuation(token.text));
  const judged = spoken.length > 0 ? spoken : group;
  const endMs = Math.max(...judged.map((token) => token.endMs));
  return {
    text,
    startMs: first.startMs,
    endMs: Math.max(first.startMs, endMs),
    probability: Math.min(...judged.map((token) => token.probability)),
  };
}

/**
 * Times of a segment's tokens. When whisper gave every token its times they are used as they are; when any is
 * missing, all are estimated by spreading the segment's span over the tokens in proportion to their characters.
 */
function timedTokens(segment: WhisperSegment, tokens: readonly WhisperToken[]): TimedToken[] {
  const allTimed = tokens.every((token) => token.startMs !== undefined && token.endMs !== undefined);
  if (allTimed) {
    return tokens.map((token) => ({
      text: token.text,
      startMs: token.startMs ?? segment.startMs,
      endMs: token.endMs ?? segment.endMs,
      probability: token.probability,
      ...(token.dtwMs !== undefined ? { dtwMs: token.dtwMs } : {}),
    }));
  }
  const spans = spread(
    segment.startMs,
    segment.endMs,
    tokens.map((token) => countChars(token.text)),
  );
  return tokens.map((token, index) => ({
    text: token.text,
    ...(spans[index] ?? { startMs: segment.startMs, endMs: segment.endMs }),
    probability: token.probability,
    ...(token.dtwMs !== undefined ? { dtwMs: token.dtwMs } : {}),
  }));
}

/** Splits [startMs, endMs] into consecutive integer spans proportional to `weights`. */
function spread(
  startMs: number,
  endMs: number,
  weights: readonly number[],
): { startMs: number; endMs: number }[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const span = Math.max(0, endMs - startMs);
  let before = 0;
  return weights.map((weight) => {
    const from = total === 0 ? startMs : startMs + Math.round((span * before) / total);
    before += weight;
    const to = total === 0 ? endMs : startMs + Math.round((span * before) / total);
    return { startMs: from, endMs: to };
  });
}

/**
 * Words of a segment that has no tokens (whisper's plain -oj output): the text is split on spaces, closing
 * punctuation joins the word before it, and the segment's span is shared out by characters. Probability 1
 * means "not measured".
 */
export function segmentToWords(segment: Pick<WhisperSegment, 'startMs' | 'endMs' | 'text'>): Word[] {
  const texts: string[] = [];
  for (const piece of segment.text.split(/\s+/)) {
    if (piece === '') continue;
    const last = texts.length - 1;
    if (last >= 0 && isClosingPunctuation(piece)) texts[last] += piece;
    else texts.push(piece);
  }
  // Each word's share includes one following space, as a reader would count it.
  const spans = spread(
    segment.startMs,
    segment.endMs,
    texts.map((text) => countChars(text) + 1),
  );
  return texts.map((text, index) => ({
    text,
    ...(spans[index] ?? { startMs: segment.startMs, endMs: segment.endMs }),
    probability: 1,
  }));
}
