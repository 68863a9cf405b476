import { describe, expect, it } from 'vitest';
import { cutToBytes, truncateFileNameBytes } from '../../../shared/files/truncateBytes';

const bytes = (text: string) => new TextEncoder().encode(text).length;
const urdu = 'کراچی یونیورسٹی مکالمہ، Ayesha Khan ۲۰۲۶۔ ';
const emojiFamily = '👩‍👩‍👧‍👦';

describe('file names cut by bytes, whole letters kept', () => {
  it.each([
    ['short.mp4', 200, 'short.mp4'],
    ['abcdefgh.mp4', 8, 'abcd.mp4'],
    ['گفتگو.mp4', 10, 'گفت.mp4'],
    ['گفتگو.mp4', 9, 'گف.mp4'],
    [`${emojiFamily}${emojiFamily}.mov`, 30, `${emojiFamily}.mov`],
    [`${emojiFamily}.mov`, 20, ''],
    ['noextension', 4, 'noex'],
  ])('%j in %d bytes', (name, maxBytes, expected) => {
    const result = truncateFileNameBytes(name, maxBytes);
    expect(bytes(result)).toBeLessThanOrEqual(maxBytes);
    expect(result).toBe(expected);
  });

  it('never splits a letter with its marks or an emoji with its joiners', () => {
    const withMarks = 'مُحَمَّد'; // letters with harakat
    for (let max = 0; max <= bytes(withMarks); max += 1) {
      const cut = cutToBytes(withMarks, max);
      expect(bytes(cut)).toBeLessThanOrEqual(max);
      expect(withMarks.startsWith(cut)).toBe(true);
      expect(cut === '' || !/[\u064B-\u0652]/.test(withMarks.charAt(cut.length))).toBe(true);
    }
    for (let max = 0; max <= 60; max += 1) {
      const cut = cutToBytes(`${emojiFamily}${emojiFamily}`, max);
      expect(['', emojiFamily, `${emojiFamily}${emojiFamily}`]).toContain(cut);
    }
  });

  it('fits a long Urdu and emoji upload name into 200 bytes with its extension', () => {
    const name = `${urdu.repeat(12)}🎙️.mp4`;
    const cut = truncateFileNameBytes(name, 200);
    expect(bytes(cut)).toBeLessThanOrEqual(200);
    expect(cut.endsWith('.mp4')).toBe(true);
    expect(name.startsWith(cut.slice(0, -4))).toBe(true);
    expect(cut).not.toContain('\uFFFD');
  });
});
