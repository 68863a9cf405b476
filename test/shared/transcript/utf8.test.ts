import { describe, expect, it } from 'vitest';
import { decodeSplitUtf8, decodeUtf8, toBytes } from '../../../shared/transcript/utf8';

/** The byte string Node's buffer.toString('latin1') gives for these bytes. */
const bytes = (...values: number[]): string => String.fromCharCode(...values);
const utf8Bytes = (text: string): string => String.fromCharCode(...toBytes(text));

describe('decodeUtf8', () => {
  it('decodes one- to four-byte characters', () => {
    expect(decodeUtf8(utf8Bytes('And so'))).toBe('And so');
    expect(decodeUtf8(utf8Bytes('میرا نام عائشہ ہے۔'))).toBe('میرا نام عائشہ ہے۔');
    expect(decodeUtf8(utf8Bytes('… 🎤'))).toBe('… 🎤');
  });

  it('turns invalid and cut-off sequences into U+FFFD', () => {
    expect(decodeUtf8(bytes(0xd9))).toBe('\uFFFD');
    expect(decodeUtf8(bytes(0x85, 0x41))).toBe('\uFFFDA');
    expect(decodeUtf8(bytes(0xc0, 0x80))).toBe('\uFFFD\uFFFD');
    expect(decodeUtf8(bytes(0xe0, 0x80, 0x80))).toBe('\uFFFD'); // overlong
    expect(decodeUtf8(bytes(0xed, 0xa0, 0x80))).toBe('\uFFFD'); // surrogate
  });

  it('passes already-decoded text through unchanged', () => {
    expect(decodeUtf8('ہم نے social media پر')).toBe('ہم نے social media پر');
  });
});

describe('decodeSplitUtf8', () => {
  it('gives a letter split across two pieces to the piece holding its first byte', () => {
    // " نام" split by whisper as " ن", "ا" + first byte of م, second byte of م.
    const pieces = [utf8Bytes(' ن'), utf8Bytes('ا') + bytes(0xd9), bytes(0x85)];
    expect(decodeSplitUtf8(pieces)).toEqual([' ن', 'ام', '']);
    expect(decodeSplitUtf8(pieces).join('')).toBe(' نام');
  });

  it('keeps the number and order of pieces', () => {
    expect(decodeSplitUtf8([])).toEqual([]);
    expect(decodeSplitUtf8(['', utf8Bytes('a'), ''])).toEqual(['', 'a', '']);
  });

  it('joins a three-byte character split over three pieces', () => {
    const ellipsis = toBytes('…');
    expect(decodeSplitUtf8(ellipsis.map((byte) => bytes(byte)))).toEqual(['…', '', '']);
  });
});
