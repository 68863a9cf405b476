/** What a file that is not subtitles turned out to be, by its first bytes or its content. */
export const notSubtitleKinds = ['pdf', 'zip', 'video', 'audio', 'image', 'binary'] as const;
export type NotSubtitleKind = (typeof notSubtitleKinds)[number];

interface Magic {
  kind: NotSubtitleKind;
  /** Bytes expected at `offset` (default 0). */
  bytes: readonly number[];
  offset?: number;
}

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/** Known file signatures (magic numbers) of what people pick by mistake instead of a subtitle file. */
const MAGIC: readonly Magic[] = [
  { kind: 'pdf', bytes: ascii('%PDF') },
  { kind: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'zip', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { kind: 'video', bytes: ascii('ftyp'), offset: 4 },
  { kind: 'video', bytes: [0x1a, 0x45, 0xdf, 0xa3] },
  { kind: 'video', bytes: ascii('RIFF') },
  { kind: 'audio', bytes: ascii('OggS') },
  { kind: 'audio', bytes: ascii('ID3') },
  { kind: 'audio', bytes: ascii('fLaC') },
  { kind: 'image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: 'image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'image', bytes: ascii('GIF8') },
];

/** A decoded text with more than this share of control characters or U+FFFD is binary, not subtitles. */
export const BINARY_CHARACTER_SHARE = 0.1;
/** Only this much of the text is looked at (a subtitle file's start says enough). */
const SAMPLE_CHARACTERS = 65_536;

/** The signature a file starts with, if it is a known non-subtitle format. */
export function magicKind(bytes: Uint8Array): NotSubtitleKind | undefined {
  return MAGIC.find((magic) =>
    magic.bytes.every((byte, index) => bytes[(magic.offset ?? 0) + index] === byte),
  )?.kind;
}

/**
 * Control characters (other than tab, line feed, form feed and carriage return) and U+FFFD (a byte the
 * encoding has no character for) as a share of the decoded text: near 0 for any subtitle file, about a
 * tenth or more for compressed or binary data. A single NUL in a WebVTT file (the WebVTT parser turns it
 * into U+FFFD) stays far below the limit.
 */
export function binaryShare(text: string): number {
  const sample = text.slice(0, SAMPLE_CHARACTERS);
  if (sample.length === 0) return 0;
  let odd = 0;
  for (const char of sample) {
    const code = char.charCodeAt(0);
    if (
      code === 0xfffd ||
      code === 0x7f ||
      (code < 0x20 && code !== 9 && code !== 10 && code !== 12 && code !== 13)
    )
      odd += 1;
  }
  return odd / sample.length;
}

/**
 * Whether a file is not subtitles at all: a known signature (PDF, ZIP/DOCX, MP4/MOV, MKV/WebM, AVI/WAV, PNG,
 * JPEG, …), or decoded text that is mostly binary. Undefined for anything that may be text.
 */
export function notSubtitles(bytes: Uint8Array, decodedText: string): NotSubtitleKind | undefined {
  const magic = magicKind(bytes);
  if (magic) return magic;
  return decodedText.length >= 16 && binaryShare(decodedText) > BINARY_CHARACTER_SHARE ? 'binary' : undefined;
}
