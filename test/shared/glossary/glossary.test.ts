import { describe, expect, it } from 'vitest';
import {
  addTerm,
  GLOSSARY_MAX_TERMS,
  removeTerm,
  tidyTerm,
  type GlossaryAdd,
} from '../../../shared/glossary/glossary';

describe('glossary terms', () => {
  it.each([
    ['  Media   Baithak ', 'Media Baithak'],
    ['گفتگو\n', 'گفتگو'],
    // NFC: alef + madda above (two code points) becomes آ (one).
    ['\u0627\u0653ج', 'آج'],
  ])('tidyTerm(%j) → %j', (input, tidy) => {
    expect(tidyTerm(input)).toBe(tidy);
  });

  it.each<[string, readonly string[], string, GlossaryAdd]>([
    [
      'adds at the end',
      ['گفتگو'],
      'Media Baithak',
      { ok: true, terms: ['گفتگو', 'Media Baithak'], added: true, term: 'Media Baithak' },
    ],
    [
      'respells a term that is there (case aside)',
      ['Media baithak', 'گفتگو'],
      'Media Baithak',
      { ok: true, terms: ['Media Baithak', 'گفتگو'], added: false, term: 'Media Baithak' },
    ],
    [
      'a mixed Urdu/English term with digits',
      [],
      ' امن  dialogue 2026، ',
      { ok: true, terms: ['امن dialogue 2026،'], added: true, term: 'امن dialogue 2026،' },
    ],
    ['refuses an empty term', ['گفتگو'], '   ', { ok: false, refusal: 'term-empty' }],
    ['refuses a term over 100 characters', [], 'ب'.repeat(101), { ok: false, refusal: 'term-too-long' }],
    [
      'refuses a full glossary',
      Array.from({ length: GLOSSARY_MAX_TERMS }, (_, i) => `t${i}`),
      'one more',
      { ok: false, refusal: 'glossary-full' },
    ],
  ])('%s', (_label, terms, input, expected) => {
    expect(addTerm(terms, input)).toEqual(expected);
  });

  it.each([
    ['removes a term, case aside', ['Media Baithak', 'گفتگو'], 'media baithak', ['گفتگو'], true],
    ['says when it was not there', ['گفتگو'], 'Guftagu', ['گفتگو'], false],
  ])('%s', (_label, terms, input, next, removed) => {
    expect(removeTerm(terms, input)).toEqual({ terms: next, removed });
  });
});
