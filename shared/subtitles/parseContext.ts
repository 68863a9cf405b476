import { GuftaguError } from '../errors';
import type { TimedText } from './writeSubtitles';

/** One thing a parser fixed, named by the 1-based line of the file where it was found. */
export interface Repair {
  line: number;
  /** What was wrong, in plain words: "the time '00:00:01,5' has short milliseconds". */
  problem: string;
  /** What was done about it: "read it as 00:00:01,500". */
  fix: string;
}

export interface ParseResult {
  /** In time order, none overlapping, each lasting at least 1 ms, text lines joined with \n. */
  cues: TimedText[];
  /** Every repair, in line order (empty for a clean file). */
  repairs: Repair[];
}

export interface ParseOptions {
  /** Repair what can be repaired and skip the rest (listing each repair), instead of stopping at the first problem. */
  lenient?: boolean;
}

/** A cue as read, before the common checks (order, overlap, duration). */
export interface RawCue extends TimedText {
  /** The line of its time (or of its first line when it has none). */
  line: number;
}

export const LENIENT_HINT =
  'Fix that line, or choose "Import leniently" (on the command line: --lenient) to repair what can be repaired and skip the rest; every repair is listed.';

/** A strict parse stopped at a problem: code 'invalid-request', the message names the line. */
export class SubtitleSyntaxError extends GuftaguError {
  readonly line: number;

  constructor(line: number, problem: string) {
    super('invalid-request', `Line ${line}: ${problem}.`, LENIENT_HINT);
    this.name = 'SubtitleSyntaxError';
    this.line = line;
  }
}

/**
 * Collects repairs while a parser reads. Two kinds:
 * - `problem`: anything that changes what is read (a time in the wrong shape, cues out of order, a block with
 *   no time). Strict mode throws at the first one; lenient mode repairs it and lists the repair.
 * - `tally`: a slip of layout only (extra blank lines, missing cue numbers, cues with no text): fixed in both
 *   modes and listed once with a count, so a file without cue numbers does not list every cue.
 */
export class ParseContext {
  private readonly found: Repair[] = [];
  private readonly tallies = new Map<string, { repair: Repair; count: number }>();

  constructor(readonly lenient: boolean) {}

  problem(line: number, problem: string, fix: string): void {
    if (!this.lenient) throw new SubtitleSyntaxError(line, problem);
    this.found.push({ line, problem, fix });
  }

  tally(line: number, problem: string, fix: string): void {
    const known = this.tallies.get(problem);
    if (known) known.count += 1;
    else this.tallies.set(problem, { repair: { line, problem, fix }, count: 1 });
  }

  repairs(): Repair[] {
    const tallied = [...this.tallies.values()].map(({ repair, count }) =>
      count > 1 ? { ...repair, problem: `${repair.problem} (${count} places, the first here)` } : repair,
    );
    return [...this.found, ...tallied].sort((a, b) => a.line - b.line);
  }
}

/** Lines of a text, without a byte-order mark, whatever the line ends (\r\n, \r, \n). */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/** A short quote of a line for a message: at most 40 characters. */
export function quote(text: string): string {
  const trimmed = text.trim();
  return `'${trimmed.length > 40 ? `${trimmed.slice(0, 39)}…` : trimmed}'`;
}
