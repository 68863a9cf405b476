/**
 * WebVTT cue settings Guftagu keeps (line, position, size, align), read as the W3C WebVTT parser reads them
 * ("parse the WebVTT cue settings") and written back on export. vertical and region are read by browsers
 * but not kept here (the editor and the burned captions have no use for them); unknown settings are ignored.
 */

import { z } from 'zod';

export const cueAligns = ['start', 'center', 'end', 'left', 'right'] as const;
export const lineAligns = ['start', 'center', 'end'] as const;
export const positionAligns = ['line-left', 'center', 'line-right'] as const;

const percentSchema = z.number().min(0).max(100);

export const cueSettingsSchema = z.object({
  /** `line:` a line number (negative counts from the bottom) or, with `percent`, a share of the frame. */
  line: z
    .object({ value: z.number(), percent: z.boolean(), align: z.enum(lineAligns).optional() })
    .optional(),
  /** `position:` a share of the frame's width (0–100). */
  position: z.object({ percent: percentSchema, align: z.enum(positionAligns).optional() }).optional(),
  /** `size:` the box's width as a share of the frame (0–100). */
  sizePercent: percentSchema.optional(),
  align: z.enum(cueAligns).optional(),
});
export type CueSettings = z.infer<typeof cueSettingsSchema>;

/** WebVTT's whitespace: space, tab, line feed, form feed, carriage return (not vertical tab, not NBSP). */
export const VTT_SPACE = /[ \t\n\f\r]/;

/** "Parse a percentage string": digits, an optional fraction, '%', 0 to 100. */
export function parsePercentage(text: string): number | undefined {
  if (!/^\d+(?:\.\d+)?%$/.test(text)) return undefined;
  const value = Number(text.slice(0, -1));
  return value >= 0 && value <= 100 ? value : undefined;
}

const oneOf = <T extends string>(list: readonly T[], value: string | undefined): T | undefined =>
  list.find((item) => item === value);

/** A line number as the spec allows it: digits, one leading '-', at most one '.' between digits. */
function parseLineNumber(text: string): number | undefined {
  if (!/^-?\d+(?:\.\d+)?$/.test(text)) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) return undefined;
  return value === 0 ? 0 : value; // -0 is 0
}

function readLine(value: string): CueSettings['line'] {
  const comma = value.indexOf(',');
  const where = comma === -1 ? value : value.slice(0, comma);
  const align = oneOf(lineAligns, comma === -1 ? undefined : value.slice(comma + 1));
  if (!/\d/.test(where)) return undefined;
  const percent = where.endsWith('%');
  const number = percent ? parsePercentage(where) : parseLineNumber(where);
  if (number === undefined) return undefined;
  return { value: number, percent, ...(align ? { align } : {}) };
}

function readPosition(value: string): CueSettings['position'] {
  const comma = value.indexOf(',');
  const percent = parsePercentage(comma === -1 ? value : value.slice(0, comma));
  if (percent === undefined) return undefined;
  const align = oneOf(positionAligns, comma === -1 ? undefined : value.slice(comma + 1));
  return { percent, ...(align ? { align } : {}) };
}

/** Reads the settings after a cue's end time; a later valid setting wins over an earlier one. */
export function parseCueSettings(remainder: string): CueSettings | undefined {
  const settings: CueSettings = {};
  for (const token of remainder.split(/[ \t\n\f\r]+/)) {
    const colon = token.indexOf(':');
    if (colon <= 0 || colon === token.length - 1) continue;
    const name = token.slice(0, colon);
    const value = token.slice(colon + 1);
    if (name === 'line') {
      const line = readLine(value);
      if (line) settings.line = line;
    } else if (name === 'position') {
      const position = readPosition(value);
      if (position) settings.position = position;
    } else if (name === 'size') {
      const size = parsePercentage(value);
      if (size !== undefined) settings.sizePercent = size;
    } else if (name === 'align') {
      const align = oneOf(cueAligns, value);
      if (align) settings.align = align;
    }
  }
  return Object.keys(settings).length > 0 ? settings : undefined;
}

/** A number as WebVTT's grammar reads it: plain digits, never an exponent (values below 1e-20 become 0). */
function plain(value: number): string {
  const text = String(value);
  if (!text.includes('e')) return text;
  if (Number.isInteger(value)) return BigInt(value).toString();
  return value.toFixed(20).replace(/\.?0+$/, '');
}

/** The settings as WebVTT writes them after the end time (empty when there are none). */
export function formatCueSettings(settings: CueSettings | undefined): string {
  if (!settings) return '';
  const parts: string[] = [];
  const { line, position, sizePercent, align } = settings;
  if (line)
    parts.push(`line:${plain(line.value)}${line.percent ? '%' : ''}${line.align ? `,${line.align}` : ''}`);
  if (position)
    parts.push(`position:${plain(position.percent)}%${position.align ? `,${position.align}` : ''}`);
  if (sizePercent !== undefined) parts.push(`size:${plain(sizePercent)}%`);
  if (align) parts.push(`align:${align}`);
  return parts.join(' ');
}
