import { describe, expect, it } from 'vitest';
import {
  checkHallucination,
  findHallucinations,
  longestRepeat,
  silentShare,
  type HallucinationFinding,
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

describe('checkHallucination: why, with what was measured', () => {
  const quiet: LoudnessWindow[] = [
    { startMs: 0, endMs: 10_000, rmsDbfs: -20 },
    { startMs: 10_000, endMs: 20_000, rmsDbfs: -Infinity },
  ];
  it.each<[string, Cue[], number, HallucinationFinding | undefined]>([
    [
      'a loop inside the cue, mixed Urdu and English',
      [cue('a', 0, 4000, 'ہم peace talks، peace talks، peace talks پر بات کریں گے')],
      0,
      { reason: 'repeated-phrase', phrase: 'peace talks', times: 3, withinCue: true },
    ],
    [
      'a loop across cues',
      [cue('a', 0, 2000, 'شکریہ۔ شکریہ۔'), cue('b', 2100, 4000, 'شکریہ۔ شکریہ۔')],
      1,
      { reason: 'repeated-phrase', phrase: 'شکریہ', times: 4, withinCue: false },
    ],
    [
      'text over digital silence (−∞)',
      [cue('a', 12_000, 14_000, 'Subscribe، 2026 میں۔')],
      0,
      { reason: 'text-over-silence', silentPercent: 100 },
    ],
    ['an empty cue over silence is not text over silence', [cue('a', 12_000, 14_000, ' ')], 0, undefined],
    ['no cue at that index', [], 0, undefined],
  ])('%s', (_label, cues, index, expected) => {
    expect(checkHallucination(cues, index, quiet)).toEqual(expected);
  });
});

describe('silentShare', () => {
  // 100 ms windows over two hours: silence from 3600 s to 3605 s only.
  const windows: LoudnessWindow[] = Array.from({ length: 72_000 }, (_unused, index) => ({
    startMs: index * 100,
    endMs: (index + 1) * 100,
    rmsDbfs: index >= 36_000 && index < 36_050 ? -72 : -24,
  }));
  it.each<[string, number, number, number]>([
    ['all inside the silence', 3_600_000, 3_605_000, 1],
    ['half in it', 3_602_500, 3_607_500, 0.5],
    ['window edges not on 100 ms', 3_604_950, 3_605_050, 0.5],
    ['before it', 1000, 3000, 0],
    ['after the last window', 7_300_000, 7_301_000, 0],
    ['no time', 3_601_000, 3_601_000, 0],
  ])('%s', (_label, startMs, endMs, share) => {
    expect(silentShare({ startMs, endMs }, windows)).toBeCloseTo(share, 6);
  });
});
