import { finishCues } from './finishCues';
import { plainFromSrt } from './markup';
import { ParseContext, splitLines, type ParseOptions, type ParseResult } from './parseContext';
import { readCueBlock, splitBlocks, type CueBlockFormat } from './timedBlocks';
import { srtTimeStyle } from './timestamps';

/*
 * Read line by line with integer milliseconds (timestamps.ts), so each problem can name its line and lenient
 * mode can repair it. Overlapping cues are kept as written (finishCues).
 */

const srtFormat: CueBlockFormat = {
  style: srtTimeStyle,
  isCueId: (line) => /^\d+$/.test(line.trim()),
  numbered: true,
  plainText: plainFromSrt,
};

/** Reads SubRip: `1` / `00:00:01,000 --> 00:00:02,500` / text lines / blank line. */
export function parseSrt(text: string, options: ParseOptions = {}): ParseResult {
  const context = new ParseContext(options.lenient ?? false);
  const blocks = splitBlocks(splitLines(text), context);
  const raw = blocks.flatMap((block) => readCueBlock(block, srtFormat, context));
  const cues = finishCues(raw, context);
  return { cues, repairs: context.repairs(), skipped: [] };
}
