import { describe, expect, it } from 'vitest';
import { binaryShare, magicKind, notSubtitles } from '../../../shared/subtitles/notSubtitles';

const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('notSubtitles', () => {
  it.each([
    ['a PDF', bytesOf('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'pdf'],
    ['a ZIP (DOCX)', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0]), 'zip'],
    ['an MP4', new Uint8Array([0, 0, 0, 0x20, ...bytesOf('ftypisom')]), 'video'],
    ['an MKV/WebM', new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 1]), 'video'],
    ['a WAV/AVI', bytesOf('RIFF....WAVE'), 'video'],
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'image'],
    ['a JPEG', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), 'image'],
    ['an MP3 with ID3', bytesOf('ID3\u0004'), 'audio'],
    ['an SRT', bytesOf('1\n00:00:01,000 --> 00:00:02,000\nہیلو\n'), undefined],
    ['a WebVTT', bytesOf('WEBVTT\n\n00:01.000 --> 00:02.000\nhello\n'), undefined],
  ])('%s by its first bytes', (_name, bytes, kind) => {
    expect(magicKind(bytes)).toBe(kind);
  });

  it.each([
    [
      'Urdu with an English phrase, digits, ، and ۔',
      'آج ہم نے Climate Week میں 2024 کے بارے میں، بات کی۔\n',
      false,
    ],
    [
      'a WebVTT cue with one NUL',
      'WEBVTT\n\n00:01.000 --> 00:02.000\nhello\u0000 there, how are you\n',
      false,
    ],
    [
      'random bytes read as Windows-1256',
      String.fromCharCode(...Array.from({ length: 512 }, (_, i) => (i * 37) % 256)),
      true,
    ],
    [
      'UTF-8 garbage full of U+FFFD',
      '\uFFFD\uFFFD\uFFFDab\uFFFD\uFFFD\uFFFD\uFFFDcd\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD',
      true,
    ],
  ])('%s: binary = %s', (_name, text, binary) => {
    expect(binaryShare(text) > 0.1).toBe(binary);
    expect(notSubtitles(bytesOf('x'), text) === 'binary').toBe(binary);
  });

  it('leaves short or empty text alone (the parser says it is empty)', () => {
    expect(notSubtitles(new Uint8Array(), '')).toBeUndefined();
    expect(binaryShare('')).toBe(0);
  });
});
