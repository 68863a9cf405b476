import { finishCues } from './finishCues';
import { assFromPlain, plainFromAss } from './markup';
import { ParseContext, splitLines, type ParseOptions, type ParseResult, type RawCue } from './parseContext';
import { readTime } from './timedBlocks';
import { assTimeStyle, formatAssTimestamp } from './timestamps';
import type { TimedText } from './writeSubtitles';

const standardFields = [
  'layer',
  'start',
  'end',
  'style',
  'name',
  'marginl',
  'marginr',
  'marginv',
  'effect',
  'text',
];

/**
 * Reads the Dialogue lines of an ASS (or SSA) file; everything else (styles, Comment lines, fonts) is dropped.
 * Columns come from the [Events] Format line; override tags are removed and \N becomes a new line.
 */
export function parseAss(text: string, options: ParseOptions = {}): ParseResult {
  const context = new ParseContext(options.lenient ?? false);
  const raw: RawCue[] = [];
  let section = '';
  let fields: string[] | undefined;
  let reportedColumns = false;
  splitLines(text).forEach((lineText, index) => {
    const line = index + 1;
    const trimmed = lineText.trim();
    const sectionMatch = /^\[(.+)\]$/.exec(trimmed);
    if (sectionMatch) {
      section = (sectionMatch[1] ?? '').toLowerCase();
      return;
    }
    const colon = trimmed.indexOf(':');
    const key = colon === -1 ? '' : trimmed.slice(0, colon).trim().toLowerCase();
    const value = trimmed.slice(colon + 1).trimStart();
    if (key === 'format' && section === 'events')
      fields = value.split(',').map((f) => f.trim().toLowerCase());
    if (key !== 'dialogue') return;
    if (!fields && !reportedColumns) {
      context.problem(line, section === 'events' ? 'ass-no-format-line' : 'ass-no-events-section');
      reportedColumns = true;
    }
    const cue = readDialogue(value, fields ?? standardFields, line, context);
    if (cue) raw.push(cue);
  });
  return { cues: finishCues(raw, context), repairs: context.repairs(), skipped: [] };
}

function readDialogue(value: string, fields: string[], line: number, context: ParseContext) {
  const parts = splitFields(value, fields.length);
  const column = (name: string) => {
    const at = fields.indexOf(name);
    return at === -1 ? undefined : parts[at];
  };
  const textColumn = column('text');
  const startText = column('start');
  const endText = column('end');
  if (textColumn === undefined || startText === undefined || endText === undefined) {
    context.problem(line, 'ass-few-columns', { count: fields.length });
    return undefined;
  }
  const times: number[] = [];
  for (const text of [startText, endText]) {
    const timeMs = readTime(text, line, assTimeStyle, context);
    if (timeMs === undefined) return undefined;
    times.push(timeMs);
  }
  const [startMs = 0, endMs = 0] = times;
  return { line, startMs, endMs, text: plainFromAss(textColumn) };
}

/** Splits at the first count-1 commas: the last column (Text) keeps its commas. */
function splitFields(value: string, count: number): string[] {
  const parts: string[] = [];
  let rest = value;
  while (parts.length < count - 1) {
    const comma = rest.indexOf(',');
    if (comma === -1) break;
    parts.push(rest.slice(0, comma).trim());
    rest = rest.slice(comma + 1);
  }
  parts.push(rest);
  return parts;
}

export interface AssOptions {
  /** The video's size: styles and positions are in these pixels (default 1920×1080). */
  playResX?: number;
  playResY?: number;
  /** Written in [Script Info]. */
  title?: string;
  /** Chooses the font: Noto Naskh Arabic for right-to-left text (libass without HarfBuzz joins it), else Noto Sans. */
  direction?: 'rtl' | 'ltr';
}

/**
 * Writes ASS with one Default style: white text, black outline, bottom centre, the font at 7 % of the
 * height (GUIDELINES.md: line height 7–8 %), side margins 4 % of the width. ASS keeps centiseconds, so
 * times are rounded to the nearest 10 ms (a cue never ends before it starts).
 */
export function toAss(cues: readonly TimedText[], options: AssOptions = {}): string {
  const width = options.playResX ?? 1920;
  const height = options.playResY ?? 1080;
  const font = options.direction === 'rtl' ? 'Noto Naskh Arabic' : 'Noto Sans';
  const fontSize = Math.max(8, Math.round(height * 0.07));
  const marginH = Math.round(width * 0.04);
  const marginV = Math.round(height * 0.05);
  const title = (options.title ?? 'Guftagu subtitles').replace(/[\r\n]+/g, ' ');
  const lines = [
    '[Script Info]',
    '; Written by Guftagu',
    `Title: ${title}`,
    'ScriptType: v4.00+',
    'WrapStyle: 0',
    'ScaledBorderAndShadow: yes',
    `PlayResX: ${width}`,
    `PlayResY: ${height}`,
    'YCbCr Matrix: None',
    '',
    '[V4+ Styles]',
    'Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding',
    `Style: Default,${font},${fontSize},&H00FFFFFF,&H000000FF,&H00000000,&H80000000,0,0,0,0,100,100,0,0,1,${Math.max(1, Math.round(fontSize / 20))},0,2,${marginH},${marginH},${marginV},1`,
    '',
    '[Events]',
    'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text',
    ...cues.map((cue) => {
      const startCs = Math.round(cue.startMs / 10);
      const endCs = Math.max(Math.round(cue.endMs / 10), cue.endMs > cue.startMs ? startCs + 1 : startCs);
      const times = `${formatAssTimestamp(startCs * 10)},${formatAssTimestamp(endCs * 10)}`;
      return `Dialogue: 0,${times},Default,,0,0,0,,${assFromPlain(cue.text)}`;
    }),
  ];
  return `${lines.join('\n')}\n`;
}
