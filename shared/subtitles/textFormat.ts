import { defaultSegmentationRules } from '../transcript/rules';
import { finishCues, writableCueText } from './finishCues';
import { ParseContext, quote, splitLines, type ParseOptions, type ParseResult } from './parseContext';
import { readTime as readTimeOrNote, splitBlocks } from './timedBlocks';
import { formatTimestamp, textTimeStyle } from './timestamps';
import type { TimedText } from './writeSubtitles';

/*
 * Guftagu's plain text format (.txt): one cue per paragraph, paragraphs separated by a blank line. Written as
 *
 *     [00:00:00.400 --> 00:00:03.200]
 *     میرا نام عائشہ ہے، میں کراچی سے آئی ہوں۔
 *
 *     [00:00:14.300 --> 00:00:18.600]
 *     Dialogue is the first step
 *     towards tolerance on campus.
 *
 * which reads back to the same cues. Read more loosely, for text typed by hand:
 * - the time line may be `[start - end]` or just `[start]` (`[01:02]`, `[0:01:02.5]`: hours and fraction
 *   optional), and the text may follow the `]` on the same line. With only a start, the cue lasts as long as
 *   its text takes to read (17 characters a second, 833 ms to 7 s) or until the next cue starts;
 * - a file with no times at all (a typed transcript) is timed the same way, paragraph after paragraph from 0:00;
 * - in a file with times, a paragraph without one is a problem: lenient mode places it after the cue above.
 */

const headerPattern = /^\[\s*([\d:.,]+)\s*(?:(?:-->|->|-|–|—)\s*([\d:.,]+)\s*)?\]\s*(.*)$/;
const rules = defaultSegmentationRules;

/** How long a text takes to read at the default reading speed, within the minimum and maximum duration. */
export function readingDurationMs(text: string): number {
  const needed = Math.ceil(([...text].length * 1000) / rules.maxCps);
  return Math.min(rules.maxDurationMs, Math.max(rules.minDurationMs, needed));
}

interface Paragraph {
  line: number;
  text: string;
  startMs?: number;
  endMs?: number;
}

export function parseText(text: string, options: ParseOptions = {}): ParseResult {
  const context = new ParseContext(options.lenient ?? false);
  const paragraphs: Paragraph[] = [];
  for (const block of splitBlocks(splitLines(text), context)) {
    const header = headerPattern.exec(block.lines[0] ?? '');
    if (!header) {
      paragraphs.push({ line: block.line, text: block.lines.join('\n') });
      continue;
    }
    const [, startText = '', endText, rest = ''] = header;
    const body = (rest.trim() === '' ? block.lines.slice(1) : [rest, ...block.lines.slice(1)]).join('\n');
    const startMs = readTime(startText, block.line, context);
    const endMs = endText === undefined ? undefined : readTime(endText, block.line, context);
    if (startMs === null || endMs === null) continue;
    paragraphs.push({ line: block.line, text: body, startMs, ...(endMs === undefined ? {} : { endMs }) });
  }
  const anyTimed = paragraphs.some((paragraph) => paragraph.startMs !== undefined);
  if (!anyTimed && paragraphs.length > 0) context.tally(1, 'txt-no-times');
  return {
    cues: finishCues(timeParagraphs(paragraphs, anyTimed, context), context),
    repairs: context.repairs(),
    skipped: [],
  };
}

/** Milliseconds, or null (after a repair note) when the time cannot be read. */
function readTime(text: string, line: number, context: ParseContext): number | null {
  return readTimeOrNote(text, line, textTimeStyle, context) ?? null;
}

function timeParagraphs(paragraphs: readonly Paragraph[], anyTimed: boolean, context: ParseContext) {
  const nextStarts: (number | undefined)[] = [];
  for (let index = paragraphs.length - 1, next: number | undefined; index >= 0; index -= 1) {
    nextStarts[index] = next;
    next = paragraphs[index]?.startMs ?? next;
  }
  let previousEndMs: number | undefined;
  return paragraphs.map((paragraph, index) => {
    let startMs = paragraph.startMs;
    if (startMs === undefined) {
      if (anyTimed)
        context.problem(paragraph.line, 'txt-no-time', { text: quote(paragraph.text.split('\n')[0] ?? '') });
      startMs = previousEndMs === undefined ? 0 : previousEndMs + rules.minGapMs;
    }
    let endMs = paragraph.endMs;
    if (endMs === undefined) {
      endMs = startMs + readingDurationMs(writableCueText(paragraph.text));
      const nextStartMs = nextStarts[index];
      if (paragraph.startMs !== undefined && nextStartMs !== undefined && nextStartMs > startMs)
        endMs = Math.min(endMs, nextStartMs);
    }
    previousEndMs = endMs;
    return { line: paragraph.line, startMs, endMs, text: paragraph.text };
  });
}

/** Writes the text format above: `[start --> end]`, the text lines, a blank line. */
export function toText(cues: readonly TimedText[]): string {
  return cues
    .map(
      (cue) =>
        `[${formatTimestamp(cue.startMs, '.')} --> ${formatTimestamp(cue.endMs, '.')}]\n${writableCueText(cue.text)}\n`,
    )
    .join('\n');
}
