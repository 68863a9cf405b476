import { describe, expect, it } from 'vitest';
import { firstStrongDirection } from '../../../shared/text/firstStrongDirection';

describe('firstStrongDirection: one direction for a whole cue', () => {
  it.each([
    [
      'an English cue in an Urdu track keeps its full stop at the end',
      'towards tolerance on campus.',
      'rtl',
      'ltr',
    ],
    [
      'an Urdu cue whose second line starts with English stays right to left',
      'ہم نے کہا کہ\nsocial media پر 3 campaigns۔',
      'ltr',
      'rtl',
    ],
    ['digits and punctuation first do not decide', '3، 4 — ہم نے', 'ltr', 'rtl'],
    ['a quote first does not decide', '"Karachi" میں', 'rtl', 'ltr'],
    ['no letters: the track decides', '123 … ۔', 'rtl', 'rtl'],
    ['Sindhi and Pashto letters are right to left', 'ڄاڻ ښه', 'ltr', 'rtl'],
    ['a ZWNJ or mark first does not decide', '\u200cمیں', 'ltr', 'rtl'],
  ] as const)('%s', (_name, text, fallback, expected) => {
    expect(firstStrongDirection(text, fallback)).toBe(expected);
  });
});
