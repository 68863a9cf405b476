import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../electron/engine/subtitles/decodeText';
import { parseSrt } from '../../../../shared/subtitles/srt';
import { sharedFixture, haveSharedFixtures } from '../../../support/sharedFixtures';
import { encodeUtf16be, encodeUtf16le, encodeWindows1256, toWindows1256Text } from './encodeText';

describe.runIf(haveSharedFixtures())('decodeText with the Urdu/English interview', () => {
  const text = readFileSync(sharedFixture('subtitles/interview-ur-en.srt'), 'utf8');
  const legacy = toWindows1256Text(text);

  it.each([
    ['utf-8 with a BOM', Uint8Array.from(Buffer.from(`\uFEFF${text}`)), 'utf-8', text],
    ['utf-8', Uint8Array.from(Buffer.from(text)), 'utf-8', text],
    ['utf-16le with a BOM', encodeUtf16le(`\uFEFF${text}`), 'utf-16le', text],
    ['utf-16le without', encodeUtf16le(text), 'utf-16le', text],
    ['utf-16be with a BOM', encodeUtf16be(`\uFEFF${text}`), 'utf-16be', text],
    ['utf-16be without', encodeUtf16be(text), 'utf-16be', text],
    ['windows-1256', encodeWindows1256(legacy), 'windows-1256', legacy],
  ])('finds %s and decodes it exactly', (_name, bytes, encoding, expected) => {
    const decoded = decodeText(bytes);
    expect(decoded).toEqual({ text: expected, encoding });
    expect(parseSrt(decoded.text).cues).toHaveLength(5);
  });

  it('keeps the Urdu letters Windows-1256 has (ہ ے ک گ ں), not their Arabic look-alikes', () => {
    const { text: decoded } = decodeText(encodeWindows1256(legacy));
    for (const letter of ['\u06C1', '\u06D2', '\u06A9', '\u06AF', '\u06BA'])
      expect(decoded).toContain(letter);
    expect(decoded).not.toMatch(/[\u0643\u0647]/); // Arabic kaf and heh
  });

  it('an explicit encoding overrides detection', () => {
    const bytes = encodeWindows1256(legacy);
    const asUtf8 = decodeText(bytes, 'utf-8');
    expect(asUtf8.encoding).toBe('utf-8');
    expect(asUtf8.text).toContain('\uFFFD');
    expect(decodeText(encodeUtf16le(text), 'utf-16le').text).toBe(text);
    expect(decodeText(Uint8Array.from(Buffer.from(text)), 'windows-1256').text).not.toBe(text);
  });
});
