import type { TimeSlip } from './importNotes';

/**
 * Subtitle timestamps in integer milliseconds (never floating seconds). SRT: 00:01:02,345; WebVTT:
 * 00:01:02.345. Hours grow past 99 rather than wrapping, so a long recording stays correct.
 */
export function formatTimestamp(timeMs: number, separator: ',' | '.'): string {
  const total = Math.max(0, Math.round(timeMs));
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor((total % 3_600_000) / 60_000);
  const seconds = Math.floor((total % 60_000) / 1000);
  const millis = total % 1000;
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}${separator}${pad(millis, 3)}`;
}

/** How one format writes a time: `00:01:02,345` (SRT), `00:01:02.345` (WebVTT), `0:01:02.34` (ASS). */
export interface TimeStyle {
  separator: ',' | '.';
  /** Digits after the separator: 3 (milliseconds) or 2 (ASS centiseconds). */
  fractionDigits: number;
  /** WebVTT and the text format may leave out hours (`01:02.345`); SRT and ASS may not. */
  hoursOptional: boolean;
  /** The text format may leave out the fraction (`[00:01:02]`). */
  fractionOptional: boolean;
  /** Hand-typed text: one-digit fields, a short fraction and either separator are all fine. */
  loose?: boolean;
}

export interface ParsedTime {
  timeMs: number;
  /** How the time strays from the format's own shape (empty when it does not). */
  slips: TimeSlip[];
}

const timePattern = /^(?:(\d{1,9}):)?(\d{1,2}):(\d{1,2})(?:([.,])(\d{1,9}))?$/;

/**
 * Reads a time into integer milliseconds, or undefined when it is not a time. The fraction is a decimal
 * fraction of a second, so `00:00:01,5` is 1500 ms (subtitle@4.2.2 reads it as 1005), and hours keep counting
 * past 24. Anything off the format's own shape is read too, and named in `slips` for a repair note.
 */
export function parseTimestamp(text: string, style: TimeStyle): ParsedTime | undefined {
  const match = timePattern.exec(text.trim());
  if (!match) return undefined;
  const [, hours, minutes = '', seconds = '', separator, fraction] = match;
  if (Number(minutes) > 59 || Number(seconds) > 59) return undefined;
  const slips: TimeSlip[] = [];
  if (hours === undefined && !style.hoursOptional) slips.push('no-hours');
  const loose = style.loose ?? false;
  if (!loose && (minutes.length === 1 || seconds.length === 1)) slips.push('one-digit-field');
  if (fraction === undefined) {
    if (!style.fractionOptional) slips.push('no-fraction');
  } else {
    if (!loose && separator !== style.separator) slips.push('wrong-separator');
    if (!loose && fraction.length < style.fractionDigits) slips.push('short-fraction');
    if (fraction.length > style.fractionDigits) slips.push('long-fraction');
  }
  const fractionMs = fraction === undefined ? 0 : Math.round(Number(`0.${fraction}`) * 1000);
  const timeMs = ((Number(hours ?? 0) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000 + fractionMs;
  return { timeMs, slips };
}

export const srtTimeStyle: TimeStyle = {
  separator: ',',
  fractionDigits: 3,
  hoursOptional: false,
  fractionOptional: false,
};
export const vttTimeStyle: TimeStyle = {
  separator: '.',
  fractionDigits: 3,
  hoursOptional: true,
  fractionOptional: false,
};
export const assTimeStyle: TimeStyle = {
  separator: '.',
  fractionDigits: 2,
  hoursOptional: false,
  fractionOptional: false,
};
export const textTimeStyle: TimeStyle = {
  separator: '.',
  fractionDigits: 3,
  hoursOptional: true,
  fractionOptional: true,
  loose: true,
};

/** ASS time: one or more hour digits and centiseconds, `0:01:02.35` (rounded to the nearest 10 ms). */
export function formatAssTimestamp(timeMs: number): string {
  const centis = Math.round(Math.max(0, timeMs) / 10);
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = Math.floor((centis % 6000) / 100);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${hours}:${pad(minutes)}:${pad(seconds)}.${pad(centis % 100)}`;
}
