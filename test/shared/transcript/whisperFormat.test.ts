import { describe, expect, it } from 'vitest';
import {
  escapeRawControlChars,
  isSpecialToken,
  type WhisperJson,
  whisperLanguage,
  whisperSegmentsFromJson,
} from '../../../shared/transcript/whisperFormat';
import { toBytes } from '../../../shared/transcript/utf8';

const latin1 = (text: string): string => String.fromCharCode(...toBytes(text));

describe('isSpecialToken', () => {
  it('knows whisper 1.5.0 and newer control tokens', () => {
    for (const text of [
      '[_BEG_]',
      '[_TT_550]',
      '[_SOT_]',
      '[_EOT_]',
      '[_extra_token_50300]',
      '<|endoftext|>',
      '<|0.00|>',
    ]) {
      expect(isSpecialToken(text)).toBe(true);
    }
    for (const text of [' And', '[', ' [_x', '<|', '،']) expect(isSpecialToken(text)).toBe(false);
  });
});

describe('whisperSegmentsFromJson', () => {
  const json: WhisperJson = {
    result: { language: 'ur' },
    transcription: [
      {
        offsets: { from: 0, to: 2000 },
        text: latin1(' نام'),
        tokens: [
          { text: '[_BEG_]', offsets: { from: 0, to: 0 }, p: 0.98 },
          { text: latin1(' ن'), offsets: { from: 100, to: 300 }, p: 0.9 },
          { text: latin1('ا') + '\xd9', offsets: { from: 300, to: 500 }, p: 0.8 },
          { text: '[_TT_50]', offsets: { from: 1000, to: 1000 }, p: 0.4 },
        ],
      },
      {
        offsets: { from: 1000, to: 2000 },
        text: '\x85',
        tokens: [
          { text: '[_TT_50]', offsets: { from: 1000, to: 1000 } },
          { text: '\x85', offsets: { from: 1000, to: 1100 }, p: 0.7 },
        ],
      },
    ],
  };

  it('drops special tokens and rejoins a letter split across tokens, even across segments', () => {
    const segments = whisperSegmentsFromJson(json);
    expect(segments[0]?.tokens?.map((t) => t.text)).toEqual([' ن', 'ام']);
    expect(segments[1]?.tokens?.map((t) => t.text)).toEqual(['']);
    expect(segments[0]?.text).toBe('نام');
  });

  it('keeps times as integer ms and defaults a missing probability to 1', () => {
    const segments = whisperSegmentsFromJson({
      transcription: [
        {
          offsets: { from: 0, to: 500 },
          text: ' a',
          tokens: [{ text: ' a' }, { text: 'b', offsets: { from: 10.4, to: 5 } }],
        },
      ],
    });
    expect(segments[0]?.tokens).toEqual([
      { text: ' a', probability: 1 },
      { text: 'b', startMs: 10, endMs: 10, probability: 1 },
    ]);
  });

  it('leaves tokens out for plain -oj output', () => {
    const segments = whisperSegmentsFromJson({
      transcription: [{ offsets: { from: 0, to: 500 }, text: ' hi' }],
    });
    expect(segments).toEqual([{ startMs: 0, endMs: 500, text: 'hi' }]);
  });
});

describe('whisperLanguage', () => {
  it('prefers the detected language, then the requested one, then "und"', () => {
    expect(
      whisperLanguage({ result: { language: 'ur' }, params: { language: 'auto' }, transcription: [] }),
    ).toBe('ur');
    expect(whisperLanguage({ params: { language: 'en' }, transcription: [] })).toBe('en');
    expect(whisperLanguage({ params: { language: 'auto' }, transcription: [] })).toBe('und');
  });
});

describe('escapeRawControlChars', () => {
  it('escapes newlines and tabs inside strings only', () => {
    const text = '{\n\t"text": "a\nb\tc",\n\t"q": "x\\"\n"\n}';
    expect(JSON.parse(escapeRawControlChars(text))).toEqual({ text: 'a\nb\tc', q: 'x"\n' });
  });
});
