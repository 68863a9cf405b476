import { describe, expect, it } from 'vitest';
import { distributeWords, realignWords, tokenize, wordRanges } from '../../../shared/editor/words';
import { spoken, word } from './fixtures';

describe('tokenize and wordRanges', () => {
  it('finds tokens with UTF-16 offsets, across line breaks', () => {
    expect(tokenize('میں  کراچی\nسے')).toEqual([
      { text: 'میں', start: 0, end: 3 },
      { text: 'کراچی', start: 5, end: 10 },
      { text: 'سے', start: 11, end: 13 },
    ]);
  });

  it('places words in order and skips words no longer in the text', () => {
    const cue = { text: 'a ab a', words: [word('a', 0, 1), word('zz', 1, 2), word('a', 2, 3)] };
    expect(wordRanges(cue)).toEqual([{ start: 0, end: 1 }, undefined, { start: 5, end: 6 }]);
  });
});

describe('realignWords', () => {
  const words = spoken().words;

  it('keeps unchanged words exactly, uncertain ones included', () => {
    expect(realignWords(words, 'We met in Karachi')).toEqual(words);
  });

  it('gives a corrected word the old times and probability 1 (its uncertainty is cleared)', () => {
    const result = realignWords(words, 'We met at Karachi');
    expect(result[2]).toEqual({ text: 'at', startMs: 1600, endMs: 1700, probability: 1 });
    expect(result.map((w) => w.text)).toEqual(['We', 'met', 'at', 'Karachi']);
  });

  it('drops deleted words and spreads a run replaced by more words over its time', () => {
    expect(realignWords(words, 'We in Karachi').map((w) => w.text)).toEqual(['We', 'in', 'Karachi']);
    const result = realignWords(words, 'We met in Karachi city centre');
    expect(result.slice(4).map((w) => [w.text, w.probability])).toEqual([
      ['city', 1],
      ['centre', 1],
    ]);
    const spread = realignWords(words, 'We met in Kara chi');
    expect(spread.slice(3)).toEqual([
      { text: 'Kara', startMs: 1800, endMs: 2257, probability: 1 },
      { text: 'chi', startMs: 2257, endMs: 2600, probability: 1 },
    ]);
  });

  it('leaves a cue without words without words (imported subtitles)', () => {
    expect(realignWords([], 'anything')).toEqual([]);
  });

  it('distributes by characters with integer times that meet', () => {
    expect(distributeWords(['ab', 'abcd'], 0, 600)).toEqual([
      { text: 'ab', startMs: 0, endMs: 200, probability: 1 },
      { text: 'abcd', startMs: 200, endMs: 600, probability: 1 },
    ]);
  });
});
