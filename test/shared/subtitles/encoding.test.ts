import { describe, expect, it } from 'vitest';
import { detectEncoding, scanUtf8 } from '../../../shared/subtitles/encoding';

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => Uint8Array.from(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => Uint8Array.from(Buffer.from(text, 'utf16le').swap16());
const srt = '1\n00:00:00,400 --> 00:00:03,200\nمیرا نام عائشہ ہے۔\n';

describe('detectEncoding', () => {
  it('reads byte-order marks', () => {
    expect(detectEncoding(utf8(`\uFEFF${srt}`))).toEqual({ encoding: 'utf-8', reason: 'byte-order mark' });
    expect(detectEncoding(utf16le(`\uFEFF${srt}`))).toEqual({
      encoding: 'utf-16le',
      reason: 'byte-order mark',
    });
    expect(detectEncoding(utf16be(`\uFEFF${srt}`))).toEqual({
      encoding: 'utf-16be',
      reason: 'byte-order mark',
    });
  });

  it('tells UTF-16 without a byte-order mark by where its NUL bytes fall', () => {
    expect(detectEncoding(utf16le(srt))).toEqual({ encoding: 'utf-16le', reason: 'NUL bytes' });
    expect(detectEncoding(utf16be(srt))).toEqual({ encoding: 'utf-16be', reason: 'NUL bytes' });
  });

  it('takes UTF-8 (and ASCII) as UTF-8, even with a few broken bytes or cut off mid-letter', () => {
    expect(detectEncoding(utf8(srt))).toEqual({ encoding: 'utf-8', reason: 'valid UTF-8' });
    expect(detectEncoding(utf8('plain ascii'))).toEqual({ encoding: 'utf-8', reason: 'valid UTF-8' });
    expect(detectEncoding(new Uint8Array())).toEqual({ encoding: 'utf-8', reason: 'valid UTF-8' });
    const cut = utf8(srt).slice(0, -4);
    expect(detectEncoding(cut).encoding).toBe('utf-8');
    expect(detectEncoding(Uint8Array.from([...utf8(srt), 0xff, ...utf8(srt)]))).toEqual({
      encoding: 'utf-8',
      reason: 'mostly UTF-8',
    });
  });

  it('takes other bytes as Windows-1256 (Arabic letters sit at 0xC1–0xFE there)', () => {
    // "میرا نام" in Windows-1256: م=E3 ي=ED ر=D1 ا=C7, ن=E4 ا=C7 م=E3
    const bytes = Uint8Array.from([0xe3, 0xed, 0xd1, 0xc7, 0x20, 0xe4, 0xc7, 0xe3, 0x0a]);
    expect(detectEncoding(bytes)).toEqual({ encoding: 'windows-1256', reason: 'not UTF-8' });
  });
});

describe('scanUtf8', () => {
  it('counts letters beyond ASCII and broken bytes (overlong, surrogate, stray continuation)', () => {
    expect(scanUtf8(utf8('aé۔😀'))).toEqual({ multiByte: 3, invalid: 0 });
    expect(scanUtf8(Uint8Array.from([0xc0, 0x80, 0xed, 0xa0, 0x80, 0x80, 0xf5]))).toEqual({
      multiByte: 0,
      invalid: 7,
    });
  });
});
