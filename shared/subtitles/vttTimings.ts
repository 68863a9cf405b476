import { parseCueSettings, type CueSettings } from './vttSettings';

/*
 * The W3C WebVTT parser's timing line ("collect WebVTT cue timings and settings"): a timestamp, whitespace,
 * "-->", whitespace, a timestamp, then the settings. Whitespace is WebVTT's own (space, tab, line feed, form
 * feed, carriage return): a vertical tab or a no-break space makes the line fail, as it does in a browser.
 */

const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';
const isSpace = (char: string | undefined) =>
  char === ' ' || char === '\t' || char === '\n' || char === '\f' || char === '\r';

class Reader {
  position = 0;
  constructor(readonly text: string) {}
  get char(): string | undefined {
    return this.text[this.position];
  }
  digits(): string {
    const from = this.position;
    while (isDigit(this.char)) this.position += 1;
    return this.text.slice(from, this.position);
  }
  skipSpace(): void {
    while (isSpace(this.char)) this.position += 1;
  }
  take(expected: string): boolean {
    if (this.char !== expected) return false;
    this.position += 1;
    return true;
  }
}

/**
 * "Collect a WebVTT timestamp": `[hours:]mm:ss.ttt` with two-digit minutes and seconds, exactly three
 * fraction digits, hours of any length (a first field of other than two digits, or over 59, is hours).
 * Integer milliseconds, or undefined when it is not one.
 */
function collectTimestamp(reader: Reader): number | undefined {
  if (!isDigit(reader.char)) return undefined;
  const first = reader.digits();
  const hoursFirst = first.length !== 2 || Number(first) > 59;
  if (!reader.take(':')) return undefined;
  const second = reader.digits();
  if (second.length !== 2) return undefined;
  let hours = 0;
  let minutes: number;
  let seconds: number;
  if (hoursFirst || reader.char === ':') {
    if (!reader.take(':')) return undefined;
    const third = reader.digits();
    if (third.length !== 2) return undefined;
    hours = Number(first);
    minutes = Number(second);
    seconds = Number(third);
  } else {
    minutes = Number(first);
    seconds = Number(second);
  }
  if (!reader.take('.')) return undefined;
  const fraction = reader.digits();
  if (fraction.length !== 3) return undefined;
  if (minutes > 59 || seconds > 59) return undefined;
  const timeMs = ((hours * 60 + minutes) * 60 + seconds) * 1000 + Number(fraction);
  return Number.isSafeInteger(timeMs) ? timeMs : undefined;
}

export interface VttTiming {
  startMs: number;
  endMs: number;
  settings?: CueSettings;
}

/** A timing line read as a browser reads it; undefined when the block is then no cue. */
export function parseTimingLine(line: string): VttTiming | undefined {
  const reader = new Reader(line);
  reader.skipSpace();
  const startMs = collectTimestamp(reader);
  if (startMs === undefined) return undefined;
  reader.skipSpace();
  if (!(reader.take('-') && reader.take('-') && reader.take('>'))) return undefined;
  reader.skipSpace();
  const endMs = collectTimestamp(reader);
  if (endMs === undefined) return undefined;
  const settings = parseCueSettings(line.slice(reader.position));
  return settings ? { startMs, endMs, settings } : { startMs, endMs };
}

/** Whether a whole text is one WebVTT timestamp by the grammar above. */
export function isVttTimestamp(text: string): boolean {
  const reader = new Reader(text);
  return collectTimestamp(reader) !== undefined && reader.position === text.length;
}
