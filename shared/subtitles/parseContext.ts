import { GuftaguError } from '../errors';
import {
  describeNote,
  type ImportNote,
  type NoteParams,
  type RepairCode,
  type SkipCode,
  type TallyCode,
} from './importNotes';
import type { TimedText } from './writeSubtitles';

export type { ImportNote } from './importNotes';

/** One thing a parser fixed or noticed (code + parameters, named by its line). */
export type Repair = ImportNote;

export interface ParseResult {
  /**
   * As the file has them: overlapping cues are kept (two people speaking at once), in time order (a stable
   * sort: cues with the same start keep their file order), text lines joined with \n.
   */
  cues: TimedText[];
  /** Every repair, in line order (empty for a clean file). */
  repairs: Repair[];
  /** WebVTT blocks that are no cue, left out as a browser leaves them out, in line order. */
  skipped: ImportNote[];
}

export interface ParseOptions {
  /** Repair what can be repaired and skip the rest (listing each repair), instead of stopping at the first problem. */
  lenient?: boolean;
}

/** A cue as read, before the common checks (order, duration). */
export interface RawCue extends TimedText {
  /** The line of its time (or of its first line when it has none). */
  line: number;
}

export const LENIENT_HINT =
  'Fix that line, or choose "Import leniently" (on the command line: --lenient) to repair what can be repaired and skip the rest; every repair is listed.';

/** A strict parse stopped at a problem: code 'invalid-request', the message names the line. */
export class SubtitleSyntaxError extends GuftaguError {
  readonly line: number;
  readonly note: ImportNote;

  constructor(note: ImportNote, hint: string = LENIENT_HINT) {
    super('invalid-request', `Line ${note.line}: ${describeNote(note).problem}.`, hint, {
      key: 'import-note',
      params: { ...note.params, noteCode: note.code, line: note.line },
      field: `line:${note.line}`,
    });
    this.name = 'SubtitleSyntaxError';
    this.line = note.line;
    this.note = note;
  }
}

/**
 * Collects notes while a parser reads. Three kinds:
 * - `problem`: anything that changes what is read (a time in the wrong shape, cues out of order, a block with
 *   no time). Strict mode throws at the first one; lenient mode repairs it and lists the repair.
 * - `tally`: a slip of layout only (extra blank lines, missing cue numbers, cues with no text): fixed in both
 *   modes and listed once with a count, so a file without cue numbers does not list every cue.
 * - `skip`: a WebVTT block that is no cue, left out in both modes, as a browser does, and listed.
 */
export class ParseContext {
  private readonly found: Repair[] = [];
  private readonly skips: ImportNote[] = [];
  private readonly tallies = new Map<TallyCode, Repair>();

  constructor(readonly lenient: boolean) {}

  problem(line: number, code: RepairCode, params: NoteParams = {}): void {
    const note = { line, code, params };
    if (!this.lenient) throw new SubtitleSyntaxError(note);
    this.found.push(note);
  }

  tally(line: number, code: TallyCode): void {
    const known = this.tallies.get(code);
    if (known) known.params = { count: Number(known.params.count ?? 1) + 1 };
    else this.tallies.set(code, { line, code, params: { count: 1 } });
  }

  skip(line: number, code: SkipCode, params: NoteParams = {}): void {
    this.skips.push({ line, code, params });
  }

  repairs(): Repair[] {
    return [...this.found, ...this.tallies.values()].sort((a, b) => a.line - b.line);
  }

  skipped(): ImportNote[] {
    return [...this.skips].sort((a, b) => a.line - b.line);
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
