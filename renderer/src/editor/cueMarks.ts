import type { Cue } from '../../../shared/transcript/model';
import { UNCERTAIN_BELOW, wordRanges } from '../../../shared/editor/words';
import type { FoundRange } from './findMarks';

/** A piece of a cue's text as the mirror behind the text box draws it. */
export interface MarkSpan {
  text: string;
  uncertain?: number;
  active?: boolean;
  /** Inside a find match: the current one or another. */
  found?: 'current' | 'match';
}

/**
 * The cue's text cut into spans: uncertain words (with their percent) and the word being spoken are their
 * own spans, the rest plain; find matches (sorted, from parseFindMarks) cut them further. The spans join
 * back to exactly the text, so the mirror lines up with it.
 */
export function markSpans(
  cue: Pick<Cue, 'text' | 'words'>,
  activeWord: number,
  found: readonly FoundRange[] = [],
): MarkSpan[] {
  const spans = wordSpans(cue, activeWord);
  return found.length === 0 ? spans : withFound(spans, found);
}

function wordSpans(cue: Pick<Cue, 'text' | 'words'>, activeWord: number): MarkSpan[] {
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

/** The spans cut at every find match's edges, the pieces inside a match marked with it. */
function withFound(spans: readonly MarkSpan[], found: readonly FoundRange[]): MarkSpan[] {
  const result: MarkSpan[] = [];
  let offset = 0;
  for (const span of spans) {
    const spanEnd = offset + span.text.length;
    const cuts = new Set<number>([offset, spanEnd]);
    for (const range of found) {
      if (range.start > offset && range.start < spanEnd) cuts.add(range.start);
      if (range.end > offset && range.end < spanEnd) cuts.add(range.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let index = 0; index + 1 < points.length; index++) {
      const from = points[index]!;
      const to = points[index + 1]!;
      const inside = found.find((range) => range.start <= from && to <= range.end);
      const piece: MarkSpan = { ...span, text: span.text.slice(from - offset, to - offset) };
      if (inside) piece.found = inside.current ? 'current' : 'match';
      result.push(piece);
    }
    offset = spanEnd;
  }
  return result;
}

/** Percent shown for an uncertain word: rounded, but never as high as the threshold itself. */
export const percentOf = (probability: number): number =>
  Math.min(Math.round(probability * 100), Math.ceil(UNCERTAIN_BELOW * 100) - 1);

/** Text of either direction inside a message: isolated, so "(42%)" after an Urdu word stays in place. */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
