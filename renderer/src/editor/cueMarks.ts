import type { Cue } from '../../../shared/transcript/model';
import { UNCERTAIN_BELOW, wordRanges } from '../../../shared/editor/words';

/** A piece of a cue's text as the mirror behind the text box draws it. */
export interface MarkSpan {
  text: string;
  uncertain?: number;
  active?: boolean;
}

/**
 * The cue's text cut into spans: uncertain words (with their percent) and the word being spoken are their
 * own spans, the rest plain. The spans join back to exactly the text, so the mirror lines up with it.
 */
export function markSpans(cue: Pick<Cue, 'text' | 'words'>, activeWord: number): MarkSpan[] {
  const ranges = wordRanges(cue);
  const spans: MarkSpan[] = [];
  let cursor = 0;
  cue.words.forEach((word, index) => {
    const range = ranges[index];
    const uncertain = word.probability < UNCERTAIN_BELOW;
    if (!range || (!uncertain && index !== activeWord)) return;
    if (range.start > cursor) spans.push({ text: cue.text.slice(cursor, range.start) });
    spans.push({
      text: cue.text.slice(range.start, range.end),
      ...(uncertain ? { uncertain: percentOf(word.probability) } : {}),
      ...(index === activeWord ? { active: true } : {}),
    });
    cursor = range.end;
  });
  if (cursor < cue.text.length) spans.push({ text: cue.text.slice(cursor) });
  return spans;
}

/** Percent shown for an uncertain word: rounded, but never as high as the threshold itself. */
export const percentOf = (probability: number): number =>
  Math.min(Math.round(probability * 100), Math.ceil(UNCERTAIN_BELOW * 100) - 1);

/** Text of either direction inside a message: isolated, so "(42%)" after an Urdu word stays in place. */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
