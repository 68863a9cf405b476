import { describe, expect, it } from 'vitest';
import { normalizeForSearch, searchTerms, termRanges } from '../../../shared/search/normalize';

describe('normalizeForSearch', () => {
  const table: Array<[string, string, string]> = [
    ['Arabic yeh reads as Urdu yeh', 'كيا', 'کیا'],
    ['alef maksura reads as yeh', 'علىٰ', 'علی'],
    ['Arabic kaf reads as keheh', 'پاكستان', 'پاکستان'],
    ['Arabic heh reads as heh goal', 'يه', 'یہ'],
    ['do-chashmi heh in an aspirate meets heh goal', 'بھی', 'بہی'],
    ['Arabic heh typed for do-chashmi heh', 'بهی', 'بہی'],
    ['teh marbuta (Arabic and Urdu) as heh goal', 'صلاة صلوۃ', 'صلاہ صلوہ'],
    ['alef with hamza above', 'أمن', 'امن'],
    ['alef with hamza below', 'إسلام', 'اسلام'],
    ['alef with madda', 'آواز', 'اواز'],
    ['yeh with hamza', 'گئی', 'گیی'],
    ['waw with hamza', 'مؤقف', 'موقف'],
    ['heh goal with hamza', 'مسئلۂ', 'مسیلہ'],
    ['harakat stripped', 'مُحَمَّد', 'محمد'],
    ['tatweel stripped', 'پاکـــستان', 'پاکستان'],
    ['ZWNJ ends a word like a space', 'خوش\u200Cآمدید', 'خوش امدید'],
    ['zero-width joiner dropped inside a word', 'ک\u200Dتاب', 'کتاب'],
    ['Urdu digits as Western', '۲۰۲۶', '2026'],
    ['Arabic-Indic digits as Western', '٢٠٢٦', '2026'],
    ['English case-folded, accents dropped', 'Café SOCIAL Media', 'cafe social media'],
    ['apostrophe inside a word dropped', "Don't", 'dont'],
    ['Arabic presentation forms as letters', '\uFEE3\uFEE0\uFEDC', 'ملک'],
    [
      'mixed line: English phrase, digits, Urdu comma and full stop',
      'ہم نے social media پر ۳ بار کہا، پھر کیا۔',
      'ہم نے social media پر 3 بار کہا پہر کیا',
    ],
    ['letters outside the basic plane read as plain (NFKD)', '\u{1D407}\u{1D41E}llo', 'hello'],
    ['punctuation and runs of space are one break', '  «سلام»  ?!  ', 'سلام'],
  ];
  it.each(table)('%s', (_name, input, expected) => {
    expect(normalizeForSearch(input)).toBe(expected);
  });

  it('variant spellings of one Urdu sentence normalise alike', () => {
    const urdu = 'یہ پاکستان کی آواز ہے';
    const arabicKeyboard = 'يه پاكستان كي أواز هے';
    const withHarakat = 'یہ پاکِستان کی آوَاز ہے';
    expect(normalizeForSearch(arabicKeyboard)).toBe(normalizeForSearch(urdu));
    expect(normalizeForSearch(withHarakat)).toBe(normalizeForSearch(urdu));
  });
});

describe('searchTerms and termRanges', () => {
  it('splits into normalised words', () => {
    expect(searchTerms('ہم نے Social-Media پر ۲ گھنٹے')).toEqual([
      'ہم',
      'نے',
      'social',
      'media',
      'پر',
      '2',
      'گہنٹے',
    ]);
    expect(searchTerms(' ،۔ ')).toEqual([]);
  });

  it('points each word back to the original text, marks included', () => {
    const text = 'کہا، مُحَمَّد نے Hello';
    const ranges = termRanges(text);
    expect(ranges.map(({ term }) => term)).toEqual(['کہا', 'محمد', 'نے', 'hello']);
    expect(ranges.map(({ start, end }) => text.slice(start, end))).toEqual(['کہا', 'مُحَمَّد', 'نے', 'Hello']);
  });
});
