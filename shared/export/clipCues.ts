import { layoutLines } from '../transcript/lineBreak';
import type { Cue, Word } from '../transcript/model';
import { countChars } from '../transcript/text';

/** Cues shorter than this after clipping (a sentence that ends as the clip starts) are dropped. */
export const MIN_VISIBLE_MS = 250;

/**
 * The cues a clip shows, with times relative to the clip's start: cues overlapping [startMs, endMs) are kept,
 * cut to the range; word times are made relative too (words outside the range are dropped).
 */
export function clipCues(cues: readonly Cue[], startMs: number, endMs: number): Cue[] {
  const clipped: Cue[] = [];
  for (const cue of cues) {
    const from = Math.max(cue.startMs, startMs);
    const to = Math.min(cue.endMs, endMs);
    if (to - from < MIN_VISIBLE_MS) continue;
    clipped.push({
      ...cue,
      startMs: from - startMs,
      endMs: to - startMs,
      words: cue.words
        .filter((word) => word.endMs > startMs && word.startMs < endMs)
        .map((word) => ({
          ...word,
          startMs: Math.max(0, word.startMs - startMs),
          endMs: Math.min(endMs, word.endMs) - startMs,
        })),
    });
  }
  return clipped.sort((a, b) => a.startMs - b.startMs);
}

/** One word on a caption line; `word` is set when its spoken time is known (for highlighting). */
export interface LineToken {
  text: string;
  word?: Word;
}

const normalise = (text: string) => text.split(/\s+/).filter(Boolean).join(' ');

/**
 * A cue's text as lines of tokens for a frame that holds `maxCharsPerLine`. The editor's own line breaks are
 * kept when every line fits; otherwise the text is re-broken with layoutLines (a 9:16 frame holds far less
 * than 16:9). Tokens carry word times when the cue's words still spell its text (it was not edited since).
 */
export function cueLines(cue: Cue, maxCharsPerLine: number, maxLines: number): LineToken[][] {
  const wordsMatch =
    cue.words.length > 0 && normalise(cue.words.map((word) => word.text).join(' ')) === normalise(cue.text);
  const tokens: LineToken[] = wordsMatch
    ? cue.words.map((word) => ({ text: word.text, word }))
    : normalise(cue.text)
        .split(' ')
        .filter(Boolean)
        .map((text) => ({ text }));
  if (tokens.length === 0) return [];
  const editorLines = cue.text
    .split('\n')
    .map(normalise)
    .filter((line) => line !== '');
  const keepEditorLines =
    editorLines.length <= maxLines && editorLines.every((line) => countChars(line) <= maxCharsPerLine);
  const lines = keepEditorLines
    ? editorLines
    : layoutLines(
        tokens.map((token) => token.text),
        { maxCharsPerLine, maxLines },
      );
  const grouped: LineToken[][] = [];
  let next = 0;
  for (const line of lines) {
    const count = line.split(' ').filter(Boolean).length;
    grouped.push(tokens.slice(next, next + count));
    next += count;
  }
  if (next < tokens.length) grouped.push(tokens.slice(next));
  return grouped.filter((line) => line.length > 0);
}
