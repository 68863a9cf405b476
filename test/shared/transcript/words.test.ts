import { describe, expect, it } from 'vitest';
import type { WhisperSegment, WhisperToken } from '../../../shared/transcript/whisperFormat';
import { segmentToWords, wordsFromSegments } from '../../../shared/transcript/words';

const token = (text: string, startMs: number, endMs: number, probability = 0.9): WhisperToken => ({
  text,
  startMs,
  endMs,
  probability,
});

const segment = (tokens: WhisperToken[], startMs = 0, endMs = 10_000): WhisperSegment => ({
  startMs,
  endMs,
  text: tokens.map((t) => t.text).join(''),
  tokens,
});

describe('wordsFromSegments with tokens', () => {
  it('starts a word at each token with a leading space and joins sub-word pieces', () => {
    const words = wordsFromSegments([
      segment([token(' And', 320, 370), token(' Americ', 1590, 2200), token('ans', 2200, 2850)]),
    ]);
    expect(words.map((w) => [w.text, w.startMs, w.endMs])).toEqual([
      ['And', 320, 370],
      ['Americans', 1590, 2850],
    ]);
  });

  it('attaches punctuation to the word before it, with or without a space, and keeps the word end on speech', () => {
    const words = wordsFromSegments([
      segment([
        token(' ہے', 1000, 1300),
        token('،', 1300, 1700, 0.2),
        token(' ہوں', 2000, 2300),
        token(' ۔', 2300, 2400),
        token(' why', 3000, 3200),
        token('?"', 3200, 3900),
      ]),
    ]);
    expect(words.map((w) => [w.text, w.endMs])).toEqual([
      ['ہے،', 1300],
      ['ہوں۔', 2300],
      ['why?"', 3200],
    ]);
    // A doubtful comma does not make the word doubtful.
    expect(words[0]?.probability).toBe(0.9);
  });

  it("takes the lowest probability of the word's pieces", () => {
    const words = wordsFromSegments([segment([token(' عا', 0, 200, 0.71), token('ئشہ', 200, 500, 0.32)])]);
    expect(words).toEqual([{ text: 'عائشہ', startMs: 0, endMs: 500, probability: 0.32 }]);
  });

  it('continues a word across an emptied piece (the second half of a split letter) and counts its probability', () => {
    const words = wordsFromSegments([
      segment([token(' ن', 0, 100), token('ام', 100, 200), token('', 200, 300, 0.4)]),
    ]);
    expect(words).toEqual([{ text: 'نام', startMs: 0, endMs: 300, probability: 0.4 }]);
  });

  it('drops whitespace-only words and an emptied piece with no word before it', () => {
    const words = wordsFromSegments([segment([token('', 0, 10), token(' ', 10, 20), token(' so', 20, 90)])]);
    expect(words.map((w) => w.text)).toEqual(['so']);
  });

  it('estimates token times from the segment when whisper gave none', () => {
    const words = wordsFromSegments([
      {
        startMs: 1000,
        endMs: 2000,
        text: 'ab cd',
        tokens: [
          { text: ' ab', probability: 0.8 },
          { text: ' cd', probability: 0.7 },
        ],
      },
    ]);
    expect(words).toEqual([
      { text: 'ab', startMs: 1000, endMs: 1500, probability: 0.8 },
      { text: 'cd', startMs: 1500, endMs: 2000, probability: 0.7 },
    ]);
  });

  it('gives nothing for no segments and for segments without text tokens', () => {
    expect(wordsFromSegments([])).toEqual([]);
    expect(wordsFromSegments([segment([])])).toEqual([]);
  });
});

describe('segmentToWords (no tokens)', () => {
  it('splits on spaces, attaches punctuation and shares the span out by characters', () => {
    const words = segmentToWords({ startMs: 0, endMs: 1200, text: ' ہم نے social media ۔' });
    expect(words.map((w) => w.text)).toEqual(['ہم', 'نے', 'social', 'media۔']);
    expect(words[0]?.startMs).toBe(0);
    expect(words[words.length - 1]?.endMs).toBe(1200);
    for (const [index, word] of words.entries()) {
      expect(word.probability).toBe(1);
      expect(word.endMs).toBeGreaterThan(word.startMs);
      if (index > 0) expect(word.startMs).toBe(words[index - 1]?.endMs);
    }
    // "social" has three times the letters of "ہم", so about three times the time.
    const duration = (i: number): number => (words[i]?.endMs ?? 0) - (words[i]?.startMs ?? 0);
    expect(duration(2)).toBeGreaterThan(duration(0) * 2);
  });

  it('gives nothing for empty text', () => {
    expect(segmentToWords({ startMs: 0, endMs: 100, text: '  ' })).toEqual([]);
  });
});
