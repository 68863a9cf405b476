import { describe, expect, it } from 'vitest';
import { LRE, PDF, RLE, assLineText, isLatinUnit, type LineFonts } from '../../../shared/export/assLine';
import { matchedFontSizePx } from '../../../shared/export/captionLayout';
import { scriptRuns } from '../../../shared/export/captionRuns';

const fonts: LineFonts = {
  own: { family: 'Noto Nastaliq Urdu', sizePx: 60 },
  inline: { family: 'Noto Sans', sizePx: 35 },
};
const line = (text: string, direction: 'rtl' | 'ltr' = 'rtl') =>
  assLineText(
    text.split(' ').map((word) => ({ text: word })),
    direction,
    fonts,
    '#FFFFFF',
  );

describe('scriptRuns: which font draws each stretch of a line', () => {
  const table: [string, string][] = [
    ['ہم نے social media پر', 'A:ہم نے|L: social media |A:پر'],
    ['Instagram پر', 'L:Instagram |A:پر'],
    ['تھی on Twitter', 'A:تھی|L: on Twitter'],
    ['ہم نے 2024 میں ۲۵ فیصد', 'A:ہم نے|L: 2024 |A:میں ۲۵ فیصد'],
    ['شرح 45% سے ۶۰٪', 'A:شرح|L: 45% |A:سے ۶۰٪'],
    ['سنا؟ ہاں، بالکل… ٹھیک ہے۔', 'A:سنا؟ ہاں، بالکل|L:… |A:ٹھیک ہے۔'],
    ['کہا (یہ) اور «ضروری»', 'A:کہا|L: (|A:یہ|L:) |A:اور|L: «|A:ضروری|L:»'],
    ['دیکھیں #Urdu اور @guftagu پر', 'A:دیکھیں|L: #Urdu |A:اور|L: @guftagu |A:پر'],
    ['ٹیلی\u200Cویژن پر', 'A:ٹیلی\u200Cویژن پر'],
  ];
  it.each(table)('%s', (text, expected) => {
    const runs = scriptRuns(text, 'arabic').map(
      (run) => `${run.script === 'arabic' ? 'A' : 'L'}:${run.text}`,
    );
    expect(runs.join('|')).toBe(expected);
  });

  it('keeps an English line in the Latin font and sets its Urdu word in the Arabic one', () => {
    expect(scriptRuns('They call it دوستی here', 'latin').map((run) => run.text)).toEqual([
      'They call it ',
      'دوستی',
      ' here',
    ]);
  });
});

describe('assLineText', () => {
  it('wraps an Urdu line in RLE…PDF and an English one in LRE…PDF', () => {
    expect(line('ہم نے بات کی')).toBe(`${RLE}ہم نے بات کی${PDF}`);
    expect(line('We talked', 'ltr')).toBe(`${LRE}We talked${PDF}`);
  });

  it('sets Latin words, digits and the spaces beside them in Noto Sans at the matched size', () => {
    expect(line('ہم نے social media پر 3 campaigns')).toBe(
      `${RLE}ہم نے{\\fnNoto Sans\\fs35} social media {\\fnNoto Nastaliq Urdu\\fs60}پر{\\fnNoto Sans\\fs35} 3 campaigns${PDF}`,
    );
  });

  it('colours the spoken word and goes back to the line colour right after it', () => {
    const text = assLineText(
      [{ text: 'ہم' }, { text: 'social', colour: '#FFE600' }, { text: 'پر' }],
      'rtl',
      fonts,
      '#FFFFFF',
    );
    expect(text).toBe(
      `${RLE}ہم{\\fnNoto Sans\\fs35} {\\c&H00E6FF&}social{\\c&HFFFFFF&} {\\fnNoto Nastaliq Urdu\\fs60}پر${PDF}`,
    );
  });

  it('keeps a Latin hashtag, handle or address together left to right, so # and @ stay in front', () => {
    expect(line('دیکھیں #UrduCaptions اور @guftagu پر')).toBe(
      `${RLE}دیکھیں{\\fnNoto Sans\\fs35} ${LRE}#UrduCaptions${PDF} {\\fnNoto Nastaliq Urdu\\fs60}اور{\\fnNoto Sans\\fs35} ${LRE}@guftagu${PDF} {\\fnNoto Nastaliq Urdu\\fs60}پر${PDF}`,
    );
    expect(isLatinUnit('https://example.org/urdu')).toBe(true);
    expect(isLatinUnit('#پاکستان')).toBe(false);
    expect(isLatinUnit('social')).toBe(false);
  });

  it('never lets caption text open an override block', () => {
    expect(line('{\\b1}ہم')).toBe(`${RLE}{\\fnNoto Sans\\fs35}(/b1){\\fnNoto Nastaliq Urdu\\fs60}ہم${PDF}`);
  });
});

describe('matchedFontSizePx: Latin letters as tall as the Urdu ones', () => {
  it('sets Noto Sans smaller in a Nastaliq line than in a Naskh one, and Naskh larger in an English line', () => {
    expect(matchedFontSizePx('Noto Nastaliq Urdu', 100, 'Noto Sans')).toBe(59);
    expect(matchedFontSizePx('Noto Naskh Arabic', 100, 'Noto Sans')).toBe(75);
    expect(matchedFontSizePx('Noto Sans', 100, 'Noto Naskh Arabic')).toBe(133);
  });
});
