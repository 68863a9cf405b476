import { describe, expect, it } from 'vitest';
import type { Word } from '../../../shared/transcript/model';
import {
  cueSpans,
  formatCueRange,
  formatCueTime,
  hasNoSpeech,
} from '../../../renderer/src/transcription/cueText';

const word = (text: string, probability: number): Word => ({ text, startMs: 0, endMs: 100, probability });

describe('cueSpans', () => {
  it('keeps sure words as one plain span, line breaks included', () => {
    const cue = {
      text: 'And so, my fellow\nAmericans,',
      words: ['And', 'so,', 'my', 'fellow', 'Americans,'].map((text) => word(text, 0.9)),
    };
    expect(cueSpans(cue)).toEqual([{ kind: 'text', text: 'And so, my fellow\nAmericans,' }]);
  });

  it('marks words below 0.6 on their own, with their percent, and keeps the spaces between', () => {
    const cue = {
      text: 'ask not what your country',
      words: [
        word('ask', 0.95),
        word('not', 0.62),
        word('what', 0.41),
        word('your', 0.3),
        word('country', 0.6),
      ],
    };
    expect(cueSpans(cue)).toEqual([
      { kind: 'text', text: 'ask not ' },
      { kind: 'uncertain', text: 'what', percent: 41 },
      { kind: 'text', text: ' ' },
      { kind: 'uncertain', text: 'your', percent: 30 },
      { kind: 'text', text: ' country' },
    ]);
  });

  it('never shows an uncertain word as 60% or more', () => {
    expect(cueSpans({ text: 'hmm', words: [word('hmm', 0.598)] })).toEqual([
      { kind: 'uncertain', text: 'hmm', percent: 59 },
    ]);
  });

  it('finds each word after the one before, so a short word is not matched inside an earlier one', () => {
    const cue = { text: 'another an', words: [word('another', 0.9), word('an', 0.2)] };
    expect(cueSpans(cue)).toEqual([
      { kind: 'text', text: 'another ' },
      { kind: 'uncertain', text: 'an', percent: 20 },
    ]);
  });

  it('marks Urdu words with Urdu punctuation', () => {
    const cue = { text: 'میں ٹھیک ہوں۔', words: [word('میں', 0.9), word('ٹھیک', 0.35), word('ہوں۔', 0.8)] };
    expect(cueSpans(cue)).toEqual([
      { kind: 'text', text: 'میں ' },
      { kind: 'uncertain', text: 'ٹھیک', percent: 35 },
      { kind: 'text', text: ' ہوں۔' },
    ]);
  });

  it('shows the rest as written when a word is not in the text, and handles a cue without words', () => {
    const cue = {
      text: 'edited text',
      words: [word('edited', 0.2), word('missing', 0.1), word('text', 0.1)],
    };
    expect(cueSpans(cue)).toEqual([
      { kind: 'uncertain', text: 'edited', percent: 20 },
      { kind: 'text', text: ' text' },
    ]);
    expect(cueSpans({ text: 'plain', words: [] })).toEqual([{ kind: 'text', text: 'plain' }]);
    expect(cueSpans({ text: '', words: [] })).toEqual([]);
  });
});

describe('cue times', () => {
  it('formats m:ss.s, truncating to tenths', () => {
    expect(formatCueTime(0)).toBe('0:00.0');
    expect(formatCueTime(5_320)).toBe('0:05.3');
    expect(formatCueTime(59_999)).toBe('0:59.9');
    expect(formatCueTime(61_000)).toBe('1:01.0');
    expect(formatCueTime(754_250)).toBe('12:34.2');
    expect(formatCueTime(3_723_400)).toBe('1:02:03.4');
    expect(formatCueTime(-5)).toBe('0:00.0');
    expect(formatCueRange({ startMs: 1_200, endMs: 3_450 })).toBe('0:01.2 – 0:03.4');
  });
});

describe('hasNoSpeech', () => {
  const track = (cues: number) => ({
    id: 't',
    language: 'en',
    direction: 'ltr' as const,
    kind: 'transcript' as const,
    cues: Array.from({ length: cues }, (_, index) => ({
      id: `c${index}`,
      startMs: 0,
      endMs: 1,
      text: 'x',
      words: [],
    })),
  });
  it('is true only when no track has a cue', () => {
    expect(hasNoSpeech({ tracks: [] })).toBe(true);
    expect(hasNoSpeech({ tracks: [track(0), track(0)] })).toBe(true);
    expect(hasNoSpeech({ tracks: [track(0), track(2)] })).toBe(false);
  });
});
