import { detectEncoding, type EncodingChoice, type TextEncoding } from '../../../shared/subtitles/encoding';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/**
 * Decodes a subtitle file's bytes: in the encoding asked for, or (with 'auto') the one detectEncoding finds.
 * Node's TextDecoder knows windows-1256 (full ICU since Node 13). A byte-order mark is dropped; a byte that
 * is not valid in the encoding becomes U+FFFD rather than an error, so any file can be read.
 */
export function decodeText(bytes: Uint8Array, choice: EncodingChoice = 'auto'): DecodedText {
  const encoding = choice === 'auto' ? detectEncoding(bytes).encoding : choice;
  const text = new TextDecoder(encoding, { fatal: false, ignoreBOM: false }).decode(bytes);
  return { text: text.replace(/^\uFEFF/, ''), encoding };
}
