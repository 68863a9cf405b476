import { describe, expect, it } from 'vitest';
import { breakCost, breakLines, fitsLines, layoutLines } from '../../../shared/transcript/lineBreak';
import { countChars } from '../../../shared/transcript/text';

const rules = { maxCharsPerLine: 42, maxLines: 2 };
const split = (text: string): string[] => text.split(' ');

describe('breakLines', () => {
  it('keeps text that fits on one line on one line', () => {
    expect(breakLines(split('Dialogue is the first step'), rules)).toEqual(['Dialogue is the first step']);
    expect(breakLines([], rules)).toEqual([]);
  });

  it('breaks two lines within the limit, in spoken order', () => {
    const text = 'And so my fellow Americans, ask not what your country can do for you';
    const lines = breakLines(split(text), rules);
    expect(lines).toBeDefined();
    expect(lines?.join(' ')).toBe(text);
    for (const line of lines ?? []) expect(countChars(line)).toBeLessThanOrEqual(42);
    expect(lines?.[0]).toBe('And so my fellow Americans,');
  });

  it('prefers breaking before a conjunction or preposition to breaking evenly elsewhere', () => {
    const lines = breakLines(split('Dialogue is the first step towards tolerance on campus.'), rules);
    expect(lines).toEqual(['Dialogue is the first step', 'towards tolerance on campus.']);
  });

  it('never breaks between an article and its noun', () => {
    const text = 'We walked slowly along the river that morning, then went home again';
    for (const maxCharsPerLine of [36, 38, 40, 42]) {
      const lines = breakLines(split(text), { maxCharsPerLine, maxLines: 2 }) ?? [];
      expect(lines[0]?.endsWith(' the')).toBe(false);
    }
    expect(breakCost('the', 'river')).toBeGreaterThan(breakCost('river', 'that'));
  });

  it('breaks Urdu after ، and ۔ and before اور / لیکن', () => {
    const lines = breakLines(split('میرا نام عائشہ ہے، میں کراچی سے آئی ہوں اور یہاں پڑھتی ہوں۔'), rules);
    expect(lines).toEqual(['میرا نام عائشہ ہے،', 'میں کراچی سے آئی ہوں اور یہاں پڑھتی ہوں۔']);
    expect(breakCost('ہوں۔', 'لیکن')).toBeLessThan(breakCost('ہوں', 'لیکن'));
    expect(breakCost('آئی', 'ہوں')).toBeGreaterThan(0);
  });

  it('keeps an Urdu postposition with the noun before it', () => {
    expect(breakCost('کراچی', 'سے')).toBeGreaterThan(0);
    expect(breakCost('سے', 'آئی')).toBeLessThan(0);
    // Arabic forms of kaf and yeh, as some keyboards write them, are the same words.
    expect(breakCost('کراچی', 'كي')).toBe(breakCost('کراچی', 'کی'));
    const lines =
      breakLines(split('اس مکالمے نے مجھے دوسروں کی بات سننا سکھایا اور بہت کچھ دیا۔'), rules) ?? [];
    for (const line of lines.slice(1)) {
      for (const particle of ['نے', 'کی', 'سے', 'کو']) expect(line.startsWith(`${particle} `)).toBe(false);
    }
  });

  it('keeps a line of Urdu with English words and digits in logical order, with no bidi controls added', () => {
    const words = split('ہم نے social media پر 3 campaigns کیں، اور ان میں 1200 students نے حصہ لیا۔');
    const lines = breakLines(words, rules);
    expect(lines).toBeDefined();
    expect(lines?.join(' ')).toBe(words.join(' '));
    expect(lines?.join('')).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(lines?.[0]).toBe('ہم نے social media پر 3 campaigns کیں،');
  });

  it('uses a third line only when allowed and needed', () => {
    const words = split('one two three four five six seven eight nine ten eleven twelve');
    expect(breakLines(words, { maxCharsPerLine: 20, maxLines: 2 })).toBeUndefined();
    const three = breakLines(words, { maxCharsPerLine: 25, maxLines: 3 });
    expect(three).toHaveLength(3);
    expect(three?.join(' ')).toBe(words.join(' '));
  });

  it('counts characters without combining diacritics', () => {
    expect(countChars('مُحَمَّد')).toBe(4);
    expect(countChars('ask not, what?')).toBe(14);
  });
});

describe('fitsLines and layoutLines', () => {
  it('says whether words fit', () => {
    expect(fitsLines(split('short text'), rules)).toBe(true);
    expect(fitsLines(['x'.repeat(43)], rules)).toBe(false);
  });

  it('lays out words that cannot fit rather than losing them', () => {
    expect(layoutLines(['x'.repeat(50), 'y'], rules)).toEqual(['x'.repeat(50), 'y']);
    const many = Array.from({ length: 30 }, (_, i) => `word${i}`);
    expect(layoutLines(many, rules).join(' ')).toBe(many.join(' '));
  });
});
