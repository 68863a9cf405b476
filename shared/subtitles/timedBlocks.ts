import { quote, type ParseContext, type RawCue } from './parseContext';
import { formatTimestamp, parseTimestamp, type TimeStyle } from './timestamps';

/** A run of non-blank lines; `line` is the 1-based line of its first. */
export interface Block {
  line: number;
  lines: string[];
}

/** Splits lines into blocks at blank lines; more than one blank line in a row is a layout slip (tallied). */
export function splitBlocks(lines: readonly string[], context: ParseContext): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  let blankRun = 0;
  lines.forEach((text, index) => {
    if (text.trim() === '') {
      current = undefined;
      blankRun += 1;
      return;
    }
    if (!current) {
      if (blankRun > (blocks.length === 0 ? 0 : 1)) context.tally(index + 1 - blankRun, 'extra-blank-lines');
      current = { line: index + 1, lines: [] };
      blocks.push(current);
    }
    blankRun = 0;
    current.lines.push(text);
  });
  return blocks;
}

export interface CueBlockFormat {
  style: TimeStyle;
  /** Whether a line may stand above the time line as the cue's number (SRT) or identifier (WebVTT). */
  isCueId: (line: string) => boolean;
  /** Whether a file of this format numbers every cue (SRT): a missing number is then tallied. */
  numbered: boolean;
  /** Turns the cue's lines into plain text (markup removed). */
  plainText: (text: string) => string;
}

export const isTimeLine = (line: string) => line.includes('-->');

/**
 * Reads one block of an SRT or WebVTT file: [number or identifier] / start --> end / text lines. A block
 * holding more than one time line lost the blank line between two cues: lenient mode splits it there.
 */
export function readCueBlock(block: Block, format: CueBlockFormat, context: ParseContext): RawCue[] {
  const rows = block.lines.flatMap((line, index) => (isTimeLine(line) ? [index] : []));
  const first = rows[0];
  if (first === undefined) {
    context.problem(block.line, 'no-time-line', {
      text: quote(block.lines[0] ?? ''),
      count: block.lines.length,
    });
    return [];
  }
  readLinesBeforeTime(block, first, format, context);
  const cues: RawCue[] = [];
  rows.forEach((row, index) => {
    const next = rows[index + 1];
    let textEnd = next ?? block.lines.length;
    if (next !== undefined) {
      context.problem(block.line + next, 'missing-blank-line');
      const above = block.lines[next - 1];
      // The line above the next time line is that cue's number when it is one.
      if (next - 1 > row && above !== undefined && /^\d+$/.test(above.trim())) textEnd -= 1;
    }
    const cue = readTimes(block.lines[row] ?? '', block.line + row, format.style, context);
    if (cue) cues.push({ ...cue, text: format.plainText(block.lines.slice(row + 1, textEnd).join('\n')) });
  });
  return cues;
}

function readLinesBeforeTime(block: Block, first: number, format: CueBlockFormat, context: ParseContext) {
  if (first === 0) {
    if (format.numbered) context.tally(block.line, 'no-cue-number');
    return;
  }
  const idLine = block.lines[first - 1] ?? '';
  if (!format.isCueId(idLine))
    context.problem(block.line + first - 1, 'not-cue-number', { text: quote(idLine) });
  if (first > 1)
    context.problem(block.line, 'no-time-line', { text: quote(block.lines[0] ?? ''), count: first - 1 });
}

/** Reads `start --> end [settings]`; undefined (after a repair note) when either time cannot be read. */
export function readTimes(
  row: string,
  line: number,
  style: TimeStyle,
  context: ParseContext,
): { line: number; startMs: number; endMs: number } | undefined {
  const arrow = row.indexOf('-->');
  const startText = row.slice(0, arrow).trim();
  const endText =
    row
      .slice(arrow + 3)
      .trim()
      .split(/\s+/)[0] ?? '';
  const times: number[] = [];
  for (const text of [startText, endText]) {
    const timeMs = readTime(text, line, style, context);
    if (timeMs === undefined) return undefined;
    times.push(timeMs);
  }
  const [startMs = 0, endMs = 0] = times;
  return { line, startMs, endMs };
}

/** One time in milliseconds, or undefined (after a 'not-a-time' note); a time off its format's shape is noted. */
export function readTime(
  text: string,
  line: number,
  style: TimeStyle,
  context: ParseContext,
): number | undefined {
  const parsed = parseTimestamp(text, style);
  if (!parsed) {
    context.problem(line, 'not-a-time', { text: quote(text) });
    return undefined;
  }
  if (parsed.slips.length > 0)
    context.problem(line, 'time-reshaped', {
      text: quote(text),
      slips: parsed.slips.join(','),
      readAs: formatTimestamp(parsed.timeMs, style.separator),
    });
  return parsed.timeMs;
}
