/**
 * UTF-8 decoding of "byte strings": strings whose every character code 0..255 stands for one byte, which is what
 * Node's `buffer.toString('latin1')` gives. Pure (no TextDecoder, which shared/ cannot assume).
 *
 * Why: whisper's tokens are byte-level BPE pieces, so one Urdu letter (two bytes in UTF-8) can be split across two
 * tokens. whisper.cpp 1.5.0 writes each token's raw bytes into the JSON file (its escape function only escapes `"`
 * and `\`), so the file itself contains invalid UTF-8 wherever a letter is split. Reading it as UTF-8 would turn
 * each half into U+FFFD and lose the letter; reading it as bytes and decoding after joining the pieces keeps it.
 */

const replacement = '\uFFFD';

/** Bytes of a byte string. A character above 0xFF (text that was already decoded) is encoded as UTF-8. */
export function toBytes(text: string): number[] {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code <= 0xff) bytes.push(code);
    else if (code <= 0x7ff) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code <= 0xffff)
      bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else {
      bytes.push(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 0x3f),
        0x80 | ((code >> 6) & 0x3f),
        0x80 | (code & 0x3f),
      );
    }
  }
  return bytes;
}

/** Length of the sequence a lead byte starts (0 for a byte that cannot start one), and the smallest valid value. */
function sequenceInfo(lead: number): { length: number; min: number; initial: number } {
  if (lead < 0x80) return { length: 1, min: 0, initial: lead };
  if (lead >= 0xc2 && lead <= 0xdf) return { length: 2, min: 0x80, initial: lead & 0x1f };
  if (lead >= 0xe0 && lead <= 0xef) return { length: 3, min: 0x800, initial: lead & 0x0f };
  if (lead >= 0xf0 && lead <= 0xf4) return { length: 4, min: 0x10000, initial: lead & 0x07 };
  return { length: 0, min: 0, initial: 0 };
}

/** One decoded character starting at `index`: the text (U+FFFD when invalid) and how many bytes it used. */
function decodeAt(bytes: readonly number[], index: number): { char: string; size: number } {
  const lead = bytes[index] ?? 0;
  const info = sequenceInfo(lead);
  if (info.length === 0) return { char: replacement, size: 1 };
  let code = info.initial;
  for (let k = 1; k < info.length; k++) {
    const next = bytes[index + k];
    if (next === undefined || (next & 0xc0) !== 0x80) return { char: replacement, size: k };
    code = (code << 6) | (next & 0x3f);
  }
  const invalid = code < info.min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff);
  return { char: invalid ? replacement : String.fromCodePoint(code), size: info.length };
}

/** Decodes a byte string as UTF-8; each invalid or cut-off sequence becomes U+FFFD. */
export function decodeUtf8(byteString: string): string {
  return decodeSplitUtf8([byteString])[0] ?? '';
}

/**
 * Decodes pieces of one byte stream (whisper's tokens, in order) as if they were joined, and gives each piece the
 * characters whose first byte it holds. A letter split across two tokens therefore appears whole in the first
 * token, and the second token loses those bytes (it may become empty). Pieces keep their count and order.
 */
export function decodeSplitUtf8(pieces: readonly string[]): string[] {
  const bytes: number[] = [];
  const owner: number[] = [];
  pieces.forEach((piece, pieceIndex) => {
    for (const byte of toBytes(piece)) {
      bytes.push(byte);
      owner.push(pieceIndex);
    }
  });
  const decoded = pieces.map(() => '');
  let index = 0;
  while (index < bytes.length) {
    const { char, size } = decodeAt(bytes, index);
    const pieceIndex = owner[index] ?? 0;
    decoded[pieceIndex] += char;
    index += size;
  }
  return decoded;
}
