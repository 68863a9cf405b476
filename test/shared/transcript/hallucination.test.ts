import { describe, expect, it } from 'vitest';
import {
  findHallucinations,
  longestRepeat,
  type LoudnessWindow,
} from '../../../shared/transcript/hallucination';
import type { Cue } from '../../../shared/transcript/model';

const cue = (id: string, startMs: number, endMs: number, text: string): Cue => ({
  id,
  startMs,
  endMs,
  text,
  words: [],
});

describe('longestRepeat', () => {
  it.each([
    ['thank you thank you thank you', 3, 'thank you'],
    ['شکریہ شکریہ شکریہ شکریہ', 4, 'شکریہ'],
    ['we talk about peace talks in 2026', 1, ''],
    ['ہم peace talks، peace talks، peace talks پر بات کریں گے', 3, 'peace talks'],
  ])('%s', (text, times, phrase) => {
    const result = longestRepeat(
      text
        .replace(/[،]/g, ' ')
        .split(/\s+/)
        .filter((word) => word !== ''),
    );
    expect(result.times).toBe(times);
    if (times > 1) expect(result.phrase).toBe(phrase);
  });
});

describe('findHallucinations', () => {
  const quiet: LoudnessWindow[] = [
    { startMs: 0, endMs: 10_000, rmsDbfs: -20 },
    { startMs: 10_000, endMs: 20_000, rmsDbfs: -70 },
    { startMs: 20_000, endMs: 30_000, rmsDbfs: -18 },
  ];

  it.each<[string, Cue[], LoudnessWindow[], { cueId: string; reason: string }[]]>([
    [
      'an ordinary mixed Urdu line',
      [cue('a', 0, 4000, 'آج ہم peace talks پر بات کریں گے، 2026 میں۔')],
      quiet,
      [],
    ],
    [
      'a loop inside one cue',
      [cue('a', 0, 4000, 'Thank you. Thank you. Thank you.')],
      [],
      [{ cueId: 'a', reason: 'repeated-phrase' }],
    ],
    [
      'a loop across cues',
      [
        cue('a', 20_000, 22_000, 'شکریہ۔ شکریہ۔'),
        cue('b', 22_100, 24_000, 'شکریہ۔ شکریہ۔'),
        cue('c', 24_100, 26_000, 'اب اگلا سوال'),
      ],
      [],
      [
        { cueId: 'a', reason: 'repeated-phrase' },
        { cueId: 'b', reason: 'repeated-phrase' },
      ],
    ],
    [
      'text over silence',
      [cue('a', 1000, 3000, 'Media Baithak'), cue('b', 11_000, 15_000, 'Subscribe to the channel')],
      quiet,
      [{ cueId: 'b', reason: 'text-over-silence' }],
    ],
    ['partly quiet is not silence', [cue('a', 8000, 12_000, 'ok then')], quiet, []],
  ])('%s', (_label, cues, loudness, expected) => {
    expect(findHallucinations(cues, loudness)).toEqual(expected);
  });
});
