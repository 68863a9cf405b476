import { finishCues } from './finishCues';
import { plainFromVtt } from './markup';
import { ParseContext, quote, splitLines, type ParseOptions, type ParseResult } from './parseContext';
import { isTimeLine, readCueBlock, splitBlocks, type Block, type CueBlockFormat } from './timedBlocks';
import { vttTimeStyle } from './timestamps';

const vttFormat: CueBlockFormat = {
  style: vttTimeStyle,
  isCueId: (line) => !isTimeLine(line),
  numbered: false,
  plainText: plainFromVtt,
};

/** Blocks that are not cues: comments, style sheets and regions. */
const isNonCueBlock = (block: Block) =>
  !isTimeLine(block.lines[0] ?? '') && /^(NOTE|STYLE|REGION)(\s|$)/.test(block.lines[0] ?? '');

/**
 * Reads WebVTT: a `WEBVTT` header block, then cues (`[identifier]` / `00:01.000 --> 00:02.500 [settings]` /
 * text). NOTE, STYLE and REGION blocks, cue settings and tags (<v Name>, <i>, <c.class>) are dropped.
 */
export function parseVtt(text: string, options: ParseOptions = {}): ParseResult {
  const context = new ParseContext(options.lenient ?? false);
  const blocks = splitBlocks(splitLines(text), context);
  const [header] = blocks;
  const firstLine = header?.lines[0] ?? '';
  let cueBlocks = blocks;
  if (header && /^WEBVTT(?:[ \t]|$)/.test(firstLine)) {
    // The header block may run on into the first cue when a blank line is missing.
    const time = header.lines.findIndex(isTimeLine);
    const rest = time === -1 ? [] : [{ line: header.line + time, lines: header.lines.slice(time) }];
    if (time !== -1)
      context.problem(
        header.line + time,
        'a cue starts with no blank line above it',
        'started a new cue there',
      );
    cueBlocks = [...rest, ...blocks.slice(1)];
  } else if (header) {
    context.problem(
      header.line,
      `a WebVTT file starts with WEBVTT, not ${quote(firstLine)}`,
      'read it anyway',
    );
  }
  const raw = cueBlocks
    .filter((block) => !isNonCueBlock(block))
    .flatMap((block) => readCueBlock(block, vttFormat, context));
  return { cues: finishCues(raw, context), repairs: context.repairs() };
}
