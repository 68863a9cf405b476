import { describe, expect, it } from 'vitest';
import { mergeChunkWords } from '../../../shared/transcript/chunks';
import type { Word } from '../../../shared/transcript/model';

const w = (text: string, startMs: number, endMs: number): Word => ({
  text,
  startMs,
  endMs,
  probability: 0.9,
});

/** Words of one recording, as a chunk starting at `offsetMs` and ending at `endMs` would report them. */
function chunkOf(all: Word[], offsetMs: number, endMs: number, jitterMs = 0): Word[] {
  return all
    .filter((word) => word.startMs >= offsetMs && word.endMs <= endMs)
    .map((word) => w(word.text, word.startMs - offsetMs + jitterMs, word.endMs - offsetMs + jitterMs));
}

describe('mergeChunkWords', () => {
  // One word every 400 ms for 30 s: w0 … w74.
  const all = Array.from({ length: 75 }, (_, i) => w(`w${i}`, i * 400, i * 400 + 300));

  it('returns a single chunk shifted by its offset', () => {
    expect(mergeChunkWords([{ offsetMs: 5000, overlapEndMs: 5000, words: [w('a', 0, 100)] }])).toEqual([
      w('a', 5000, 5100),
    ]);
    expect(mergeChunkWords([])).toEqual([]);
  });

  it('keeps every word exactly once across overlapping chunks', () => {
    // Chunks of 12 s with a 2 s overlap: [0, 12000), [10000, 22000), [20000, 30000).
    const merged = mergeChunkWords([
      { offsetMs: 0, overlapEndMs: 0, words: chunkOf(all, 0, 12_000) },
      { offsetMs: 10_000, overlapEndMs: 12_000, words: chunkOf(all, 10_000, 22_000) },
      { offsetMs: 20_000, overlapEndMs: 22_000, words: chunkOf(all, 20_000, 30_000) },
    ]);
    expect(merged).toEqual(all);
  });

  it('takes a word at the seam once when the two chunks time it slightly differently', () => {
    // The cut is at 11000 ms. The first chunk hears "seam" at 11010–11290 (midpoint after the cut) and the second at
    // 10850–11130 (midpoint before it): by midpoints alone neither chunk keeps it.
    const first = [w('before', 10_000, 10_500), w('seam', 11_010, 11_290), w('after', 11_600, 11_900)];
    const laterWords = [w('before', 0, 500), w('seam', 850, 1130), w('after', 1600, 1900)];
    const lost = mergeChunkWords([
      { offsetMs: 0, overlapEndMs: 0, words: first },
      { offsetMs: 10_000, overlapEndMs: 12_000, words: laterWords },
    ]);
    expect(lost.map((word) => word.text)).toEqual(['before', 'seam', 'after']);

    // The other way round both chunks keep it: 10850–11130 in the first, 11000–11280 in the second.
    const firstEarly = [w('before', 10_000, 10_500), w('seam', 10_850, 11_130), w('after', 11_600, 11_900)];
    const laterLate = [w('before', 0, 500), w('seam', 1000, 1280), w('after', 1600, 1900)];
    const doubled = mergeChunkWords([
      { offsetMs: 0, overlapEndMs: 0, words: firstEarly },
      { offsetMs: 10_000, overlapEndMs: 12_000, words: laterLate },
    ]);
    expect(doubled.map((word) => word.text)).toEqual(['before', 'seam', 'after']);
  });

  it('keeps a real repetition ("no, no") that spans the seam', () => {
    const first = [w('no,', 10_700, 10_950), w('no', 11_050, 11_300)];
    const later = [w('no,', 700, 950), w('no', 1050, 1300)];
    const merged = mergeChunkWords([
      { offsetMs: 0, overlapEndMs: 0, words: first },
      { offsetMs: 10_000, overlapEndMs: 12_000, words: later },
    ]);
    expect(merged.map((word) => [word.text, word.startMs])).toEqual([
      ['no,', 10_700],
      ['no', 11_050],
    ]);
  });

  it('cuts at the chunk start when chunks do not overlap', () => {
    const merged = mergeChunkWords([
      { offsetMs: 0, overlapEndMs: 0, words: [w('a', 9000, 9500)] },
      { offsetMs: 10_000, overlapEndMs: 10_000, words: [w('b', 0, 400)] },
    ]);
    expect(merged.map((word) => [word.text, word.startMs])).toEqual([
      ['a', 9000],
      ['b', 10_000],
    ]);
  });
});

describe('mergeChunkWords at a silence (no overlap)', () => {
  it('keeps every word of both parts, in order, even one the earlier part timed past the seam', () => {
    // The earlier part ends at 18 000 ms (a cut at a silence); whisper stretched its last word past the part's end.
    const merged = mergeChunkWords([
      { offsetMs: 0, overlapEndMs: 0, words: [w('one', 16_000, 16_400), w('two', 17_500, 18_300)] },
      { offsetMs: 18_000, overlapEndMs: 18_000, words: [w('two', 100, 400), w('three', 500, 900)] },
    ]);
    expect(merged.map((word) => [word.text, word.startMs, word.endMs])).toEqual([
      ['one', 16_000, 16_400],
      ['two', 17_500, 18_000],
      // Said again after the silence: a real repetition, kept.
      ['two', 18_100, 18_400],
      ['three', 18_500, 18_900],
    ]);
  });
});
