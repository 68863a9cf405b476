import { describe, expect, it } from 'vitest';
import { snippetFor } from '../../../shared/search/snippet';

describe('snippetFor', () => {
  const long = `${'پہلے کی بات '.repeat(8)}یہاں برداشت ضروری ہے، social media پر ۳ بار۔ ${'بعد کی بات '.repeat(8)}`;
  const table: Array<[string, string, string[], string]> = [
    [
      'a short text is shown whole, white space flattened',
      'ہم نے\nsocial   media پر',
      ['social'],
      'ہم نے social media پر',
    ],
    ['a long text is cut around the first match', long, ['برداشت'], 'برداشت ضروری'],
    ['the last query word matches as a prefix', long, ['soc'], 'social media'],
    [
      'a match found through normalisation (Arabic yeh in the text, Urdu in the query)',
      long.replace('ضروری', 'ضروري'),
      ['ضروری'],
      'برداشت ضروري',
    ],
  ];
  it.each(table)('%s', (_name, text, terms, contains) => {
    const snippet = snippetFor(text, terms);
    expect(snippet).toContain(contains);
    expect(snippet.length).toBeLessThanOrEqual(Math.max(text.length, 130));
  });

  it('marks the cut ends', () => {
    const snippet = snippetFor(long, ['برداشت']);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
  });
});
