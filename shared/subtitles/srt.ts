import { finishCues } from './finishCues';
import { plainFromSrt } from './markup';
import { ParseContext, splitLines, type ParseOptions, type ParseResult } from './parseContext';
import { readCueBlock, splitBlocks, type CueBlockFormat } from './timedBlocks';
import { srtTimeStyle } from './timestamps';

/*
 * The `subtitle` npm package (a dependency) is not used for reading: version 4.2.2 reads `00:00:01,5` as
 * 1005 ms, writes times of 24 h and more wrongly, throws at the first bad time without a line number, and
 * checks neither order nor overlap (ARCHITECTURE.md). Every format here is read line by line with integer
 * milliseconds, so each problem can name its line and lenient mode can repair it.
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
  return { cues, repairs: context.repairs() };
}
