/**
 * Which encoding a subtitle file's bytes are in. Pure (no TextDecoder: shared/ compiles without DOM or Node
 * types); the engine decodes with the answer.
 */

export const textEncodings = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1256'] as const;
export type TextEncoding = (typeof textEncodings)[number];
export const encodingChoices = ['auto', ...textEncodings] as const;
export type EncodingChoice = (typeof encodingChoices)[number];

export interface DetectedEncoding {
  encoding: TextEncoding;
  /** How it was decided, for a log line. */
  reason: 'byte-order mark' | 'NUL bytes' | 'valid UTF-8' | 'mostly UTF-8' | 'not UTF-8';
}

const SAMPLE_BYTES = 64 * 1024;

/**
 * 1. A byte-order mark: EF BB BF (UTF-8), FF FE (UTF-16 LE), FE FF (UTF-16 BE).
 * 2. NUL bytes, which text in UTF-8 or Windows-1256 never has: in UTF-16 every ASCII character (digits,
 *    colons, spaces and new lines of the time lines) has a zero high byte, at odd offsets in LE, even in BE.
 * 3. UTF-8 (an ASCII-only file is too), or UTF-8 with a few broken bytes.
 * 4. Otherwise Windows-1256, the code page of old Urdu and Arabic subtitle files: it maps every byte, and keeps
 *    the Latin-1 accented letters of French at their places, so it is also the safest guess for other files.
 */
export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', reason: 'byte-order mark' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', reason: 'byte-order mark' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', reason: 'byte-order mark' };
  const utf16 = utf16ByNulBytes(bytes);
  if (utf16) return { encoding: utf16, reason: 'NUL bytes' };
  const scan = scanUtf8(bytes);
  if (scan.invalid === 0) return { encoding: 'utf-8', reason: 'valid UTF-8' };
  // A UTF-8 file with a few broken bytes (a bad copy, two files joined) stays UTF-8: Windows-1256 text has
  // far more bytes that break UTF-8 than bytes that happen to form it.
  if (scan.multiByte >= scan.invalid * 8) return { encoding: 'utf-8', reason: 'mostly UTF-8' };
  return { encoding: 'windows-1256', reason: 'not UTF-8' };
}

/** UTF-16 without a byte-order mark, told by where its NUL bytes fall; undefined when the bytes say neither. */
function utf16ByNulBytes(bytes: Uint8Array): TextEncoding | undefined {
  const length = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenZeros += 1;
    if (bytes[index + 1] === 0) oddZeros += 1;
  }
  const pairs = length / 2;
  // At least one pair in ten must have a zero byte, nearly all on one side.
  if (pairs === 0 || Math.max(evenZeros, oddZeros) < pairs / 10) return undefined;
  if (oddZeros > evenZeros * 4) return 'utf-16le';
  if (evenZeros > oddZeros * 4) return 'utf-16be';
  return undefined;
}

export interface Utf8Scan {
  /** Well-formed sequences of two to four bytes (letters beyond ASCII). */
  multiByte: number;
  /** Bytes that start no well-formed sequence (overlong forms, surrogates, stray continuation bytes). */
  invalid: number;
}

/** Counts well-formed and broken UTF-8; a sequence cut off by the end of the bytes is neither. */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = { multiByte: 0, invalid: 0 };
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    const length = sequenceLength(bytes, index);
    if (length === 0) {
      scan.invalid += 1;
      index += 1;
    } else {
      if (index + length <= bytes.length) scan.multiByte += 1;
      index += length;
    }
  }
  return scan;
}

/** Length of the well-formed sequence at `index` (up to the end when cut off), 0 when there is none. */
function sequenceLength(bytes: Uint8Array, index: number): number {
  const lead = bytes[index] ?? 0;
  let length: number;
  let min = 0x80;
  let max = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) min = 0xa0;
    if (lead === 0xed) max = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) min = 0x90;
    if (lead === 0xf4) max = 0x8f;
  } else return 0;
  for (let offset = 1; offset < length; offset += 1) {
    if (index + offset >= bytes.length) return bytes.length - index;
    const next = bytes[index + offset] ?? 0;
    if (offset === 1 ? next < min || next > max : next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}

export const encodingNames: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1256': 'Windows-1256 (Arabic)',
};
