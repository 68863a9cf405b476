import { finishCues } from './finishCues';
import { plainFromVtt } from './markup';
import {
  ParseContext,
  quote,
  SubtitleSyntaxError,
  type ParseOptions,
  type ParseResult,
  type RawCue,
} from './parseContext';
import { parseTimestamp, formatTimestamp, vttTimeStyle } from './timestamps';
import { isVttTimestamp, parseTimingLine, type VttTiming } from './vttTimings';
import { parseCueSettings } from './vttSettings';

/*
 * WebVTT read by the W3C WebVTT parser algorithm (https://w3c.github.io/webvtt/#webvtt-parser-algorithm), so
 * a file gives the cues a browser shows: NUL becomes U+FFFD; the file must start with WEBVTT followed by a
 * space, a tab or a line end; the header runs to the first blank line or time line; each block is read by
 * "collect a WebVTT block": a time line on its first or second line makes it a cue (the line above is the
 * identifier), text lines follow until a blank line or the next time line. A block whose time line does not
 * follow the timestamp grammar is no cue, and neither is a block with no time line: both are left out and
 * listed in `skipped` with their line, never an error. NOTE, STYLE and REGION blocks are not cues and are not
 * listed. Overlapping cues are kept. Tags (<v Name>, <i>, <c.class>) are removed from the text, character
 * references decoded; line, position, size and align are kept (vttSettings.ts).
 *
 * Lenient mode also reads what browsers skip when its times can be read loosely (`00:00:01,5`, one-digit
 * fields, a missing WEBVTT line) and swaps reversed times, listing each as a repair.
 */

export const NOT_VTT_HINT =
  'A WebVTT file starts with the line WEBVTT. Choose the right file or format, or import leniently to read its cues anyway.';

const signature = /^WEBVTT(?:[ \t\n]|$)/;

interface Block {
  /** 1-based line of the block's first line. */
  line: number;
  firstLine: string;
  /** The first time line of the block, when it had one on its first or second line. */
  timing?: { line: number; text: string; parsed: VttTiming | undefined };
  /** The lines after the time line (the cue text), or every line when there is no time line. */
  textLines: string[];
  style: boolean;
}

class VttReader {
  position = 0;
  private line = 1;
  seenCue = false;

  constructor(readonly input: string) {}

  get atEnd(): boolean {
    return this.position >= this.input.length;
  }

  /** The current line's text, moving past its line feed. */
  private nextLine(): { text: string; line: number; eof: boolean } {
    const feed = this.input.indexOf('\n', this.position);
    const stop = feed === -1 ? this.input.length : feed;
    const text = this.input.slice(this.position, stop);
    const line = this.line;
    this.position = stop;
    const eof = this.atEnd;
    if (!eof) {
      this.position += 1;
      this.line += 1;
    }
    return { text, line, eof };
  }

  skipLineFeeds(): void {
    while (this.input[this.position] === '\n') {
      this.position += 1;
      this.line += 1;
    }
  }

  skipSignatureLine(): void {
    this.nextLine();
  }

  /** "Collect a WebVTT block". */
  collectBlock(inHeader: boolean): Block {
    const block: Block = { line: this.line, firstLine: '', textLines: [], style: false };
    let count = 0;
    let previous = { position: this.position, line: this.line };
    for (;;) {
      const { text, line, eof } = this.nextLine();
      count += 1;
      if (count === 1) block.firstLine = text;
      if (text.includes('-->')) {
        if (!inHeader && (count === 1 || (count === 2 && !block.timing))) {
          block.timing = { line, text, parsed: parseTimingLine(text) };
          block.textLines = [];
          if (block.timing.parsed) this.seenCue = true;
          previous = { position: this.position, line: this.line };
        } else {
          this.position = previous.position;
          this.line = previous.line;
          break;
        }
      } else if (text === '') {
        break;
      } else {
        if (
          !inHeader &&
          count === 2 &&
          !this.seenCue &&
          /^(?:STYLE|REGION)[ \t\n\f\r]*$/.test(block.firstLine)
        )
          block.style = true;
        block.textLines.push(text);
        previous = { position: this.position, line: this.line };
      }
      if (eof) break;
    }
    return block;
  }
}

/** The times of a time line a browser skips, read loosely (lenient mode), with the repairs it took. */
function readLoosely(text: string, line: number, context: ParseContext): VttTiming | undefined {
  const arrow = text.indexOf('-->');
  const startText = text.slice(0, arrow).trim();
  const [endText = '', ...rest] = text
    .slice(arrow + 3)
    .trim()
    .split(/\s+/);
  const start = parseTimestamp(startText, vttTimeStyle);
  const end = parseTimestamp(endText, vttTimeStyle);
  if (!start || !end) return undefined;
  for (const [written, parsed] of [
    [startText, start],
    [endText, end],
  ] as const)
    if (!isVttTimestamp(written))
      context.problem(line, 'time-reshaped', {
        text: quote(written),
        slips: parsed.slips.join(','),
        readAs: formatTimestamp(parsed.timeMs, '.'),
      });
  const settings = parseCueSettings(rest.join(' '));
  return { startMs: start.timeMs, endMs: end.timeMs, ...(settings ? { settings } : {}) };
}

const isComment = (block: Block) => /^NOTE(?:[ \t]|$)/.test(block.firstLine);

/** The cue of a block, or undefined after listing the block as skipped (or repairing it, leniently). */
function cueOf(block: Block, context: ParseContext): RawCue | undefined {
  const { timing } = block;
  let parsed = timing?.parsed;
  if (timing && !parsed && context.lenient) parsed = readLoosely(timing.text, timing.line, context);
  if (timing && parsed) {
    const text = plainFromVtt(block.textLines.join('\n'));
    return {
      line: timing.line,
      startMs: parsed.startMs,
      endMs: parsed.endMs,
      text,
      ...(parsed.settings ? { settings: parsed.settings } : {}),
    };
  }
  if (timing) context.skip(timing.line, 'vtt-bad-timing', { text: quote(timing.text) });
  else if (!isComment(block) && !block.style)
    context.skip(block.line, 'vtt-no-timing', { text: quote(block.firstLine) });
  return undefined;
}

/** Reads WebVTT as a browser does (see above). Refused (strict) only when the file is not WebVTT at all. */
export function parseVtt(text: string, options: ParseOptions = {}): ParseResult {
  const context = new ParseContext(options.lenient ?? false);
  const input = text
    .replace(/^\uFEFF/, '')
    .replace(/\0/g, '\uFFFD')
    .replace(/\r\n?/g, '\n');
  const reader = new VttReader(input);
  if (signature.test(input)) {
    reader.skipSignatureLine();
    if (!reader.atEnd) {
      if (input[reader.position] !== '\n') reader.collectBlock(true);
      reader.skipLineFeeds();
    }
  } else {
    const note = {
      line: 1,
      code: 'vtt-no-signature' as const,
      params: { text: quote(input.split('\n')[0] ?? '') },
    };
    if (!context.lenient) throw new SubtitleSyntaxError(note, NOT_VTT_HINT);
    context.problem(note.line, note.code, note.params);
    reader.skipLineFeeds();
  }
  const raw: RawCue[] = [];
  while (!reader.atEnd) {
    const cue = cueOf(reader.collectBlock(false), context);
    if (cue) raw.push(cue);
    reader.skipLineFeeds();
  }
  return {
    cues: finishCues(raw, context, { policy: 'browser' }),
    repairs: context.repairs(),
    skipped: context.skipped(),
  };
}
