import { describe, expect, it } from 'vitest';
import { silencesFromWords, snapToBoundaries } from '../../../shared/export/snap';

const words = [
  { startMs: 1_000, endMs: 1_400 },
  { startMs: 1_500, endMs: 2_000 },
  { startMs: 3_000, endMs: 3_600 },
];
const cues = [
  { startMs: 1_000, endMs: 2_300 },
  { startMs: 3_000, endMs: 4_000 },
];
const silences = silencesFromWords(words);

describe('snapToBoundaries', () => {
  it('never cuts inside a word', () => {
    expect(snapToBoundaries(1_700, words, cues, silences, { edge: 'start' })).toBe(1_500);
    expect(snapToBoundaries(1_700, words, cues, silences, { edge: 'end' })).toBe(2_000);
  });

  it('moves to the nearest cue boundary or silence edge', () => {
    expect(snapToBoundaries(2_900, words, cues, silences, { edge: 'start' })).toBe(2_880);
    expect(snapToBoundaries(2_250, words, cues, silences, { edge: 'end' })).toBe(2_300);
  });

  it('leaves a time with nothing near alone', () => {
    expect(snapToBoundaries(9_000, words, cues, silences, { edge: 'end' })).toBe(9_000);
  });

  it('finds silences between words', () => {
    expect(silences).toEqual([{ startMs: 2_000, endMs: 3_000 }]);
  });
});
