import { describe, expect, it } from 'vitest';
import { cueDirection } from '../../../shared/text/cueDirection';

describe('cueDirection: one direction for a whole cue, on screen and burned', () => {
  it.each([
    [
      'an English cue in an Urdu track is left to right (its full stop at the end)',
      'towards tolerance on campus.',
      'rtl',
      'ltr',
    ],
    ['an Urdu cue in an English track is right to left', 'ہم نے بات کی۔', 'ltr', 'rtl'],
    [
      'an Urdu cue starting with an English word stays right to left',
      'Instagram پر 3 campaigns شروع کیں۔',
      'rtl',
      'rtl',
    ],
    [
      'an Urdu cue whose second line starts with English stays right to left',
      'ہم نے کہا کہ\nsocial media پر 3 campaigns۔',
      'rtl',
      'rtl',
    ],
    ['a quoted English name first does not turn an Urdu cue', '"Karachi" میں، 2024 میں۔', 'rtl', 'rtl'],
    ['a hashtag first does not turn an Urdu cue', '#PeaceTalks پر بات ہوئی؟', 'rtl', 'rtl'],
    ['an English cue naming an Urdu word stays left to right', 'We met عائشہ in Karachi.', 'ltr', 'ltr'],
    ['no letters: the track decides (rtl)', '123 … ۔', 'rtl', 'rtl'],
    ['no letters: the track decides (ltr)', '50% (2024)', 'ltr', 'ltr'],
    ['Sindhi and Pashto letters are right to left', 'ڄاڻ ښه', 'ltr', 'rtl'],
    ['a ZWNJ or mark does not count as a letter', '\u200c 12', 'ltr', 'ltr'],
  ] as const)('%s', (_name, text, track, expected) => {
    expect(cueDirection(text, track)).toBe(expected);
  });
});
