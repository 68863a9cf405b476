import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWhisperJson } from '../../../../electron/engine/transcription/whisperJson';
import { GuftaguError } from '../../../../shared/errors';
import { directionOf } from '../../../../shared/transcript/model';
import { defaultSegmentationRules } from '../../../../shared/transcript/rules';
import { segmentWords } from '../../../../shared/transcript/segment';
import { countChars } from '../../../../shared/transcript/text';

// Fixtures in whisper.cpp 1.5.0's exact -ojf layout (tabs, field order, raw token bytes). empty-test-model.json is
// real output of whisper-cli with for-tests-ggml-tiny.bin on jfk.wav; the others are written in the same layout:
// jfk word times from whisper.cpp's README, Urdu texts from ../shared/fixtures/subtitles/interview-ur-en.srt;
// Urdu token ids are made up. ur-split-letter.json holds invalid UTF-8 where a letter is split across two tokens.
const fixture = (name: string): Buffer =>
  readFileSync(path.resolve(__dirname, '../../../fixtures/whisper', name));

const texts = (words: { text: string }[]): string => words.map((word) => word.text).join(' ');

describe('parseWhisperJson', () => {
  it('reads English words, their times and probabilities, without special tokens', () => {
    const result = parseWhisperJson(fixture('en-jfk.json'));
    expect(result.language).toBe('en');
    expect(result.segments).toHaveLength(1);
    expect(texts(result.words)).toBe(
      'And so my fellow Americans, ask not what your country can do for you, ask what you can do for your country.',
    );
    expect(result.words.some((word) => word.text.includes('[_'))).toBe(false);
    expect(result.words[0]).toEqual({ text: 'And', startMs: 320, endMs: 370, probability: 0.55 });
    // The comma's time is the silence after the word: the word ends with its speech.
    expect(result.words[4]).toEqual({ text: 'Americans,', startMs: 1590, endMs: 2850, probability: 0.41 });
    expect(result.words[result.words.length - 1]).toMatchObject({ text: 'country.', probability: 0.23 });
  });

  it('reads Urdu words, joining sub-word pieces and attaching Urdu punctuation', () => {
    const result = parseWhisperJson(fixture('ur-interview.json'));
    expect(result.language).toBe('ur');
    expect(directionOf(result.language)).toBe('rtl');
    expect(result.segments.map((segment) => segment.text)).toEqual([
      'میرا نام عائشہ ہے، میں کراچی سے آئی ہوں۔',
      'اس مکالمے نے مجھے دوسروں کی بات سننا سکھایا۔',
      'کیا آپ اگلے سیشن میں آئیں گی؟',
    ]);
    expect(texts(result.words)).toBe(result.segments.map((segment) => segment.text).join(' '));
    expect(result.words.find((word) => word.text === 'عائشہ')?.probability).toBe(0.32);
    expect(result.words.find((word) => word.text === 'ہے،')).toBeDefined();
  });

  it('keeps a letter whisper split across two tokens (invalid UTF-8 in the file)', () => {
    const bytes = fixture('ur-split-letter.json');
    const result = parseWhisperJson(bytes);
    expect(result.words.map((word) => word.text)).toEqual(['میرا', 'نام', 'عائشہ', 'ہے۔']);
    expect(texts(result.words)).not.toContain('\uFFFD');
    // The second half's probability counts: it is part of the word.
    expect(result.words[1]?.probability).toBe(0.61);
    // Decoding the file as UTF-8 first would have lost the letters.
    expect(texts(parseWhisperJson(bytes.toString('utf8')).words)).toContain('\uFFFD');
  });

  it('reads plain -oj output (no tokens) by sharing each segment out among its words', () => {
    const result = parseWhisperJson(fixture('mixed-ur-en-segments.json'));
    expect(texts(result.words)).toBe(
      'ہم نے social media پر 3 campaigns شروع کیں۔ Dialogue is the first step towards tolerance on campus.',
    );
    expect(result.words.every((word) => word.probability === 1)).toBe(true);
    expect(result.words[0]?.startMs).toBe(7300);
  });

  it('gives no words for the empty transcription of a model without weights', () => {
    expect(parseWhisperJson(fixture('empty-test-model.json'))).toEqual({
      language: 'en',
      segments: [],
      words: [],
      wordTimes: 'none',
    });
  });

  it('accepts a raw newline inside a token, as whisper 1.5.0 writes it', () => {
    const json =
      '{"result": {"language": "en"}, "transcription": [{"offsets": {"from": 0, "to": 900}, "text": " hi\n", "tokens": [{"text": " hi\n", "offsets": {"from": 0, "to": 900}, "p": 0.9}]}]}';
    expect(parseWhisperJson(json).words).toEqual([{ text: 'hi', startMs: 0, endMs: 900, probability: 0.9 }]);
  });

  it('fails with a tool-failed error and a hint for a broken or unknown file', () => {
    const broken = fixture('en-jfk.json').subarray(0, 500);
    for (const input of [broken, Buffer.alloc(0), '{"transcription": "none"}', '[]']) {
      let caught: unknown;
      try {
        parseWhisperJson(input);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(GuftaguError);
      expect((caught as GuftaguError).code).toBe('tool-failed');
      expect((caught as GuftaguError).hint).not.toBe('');
    }
  });
});

describe('whisper output to cues', () => {
  for (const name of ['en-jfk.json', 'ur-interview.json', 'mixed-ur-en.json']) {
    it(`segments ${name} within the subtitle rules, keeping every word in spoken order`, () => {
      const { words } = parseWhisperJson(fixture(name));
      const cues = segmentWords(words);
      const rules = defaultSegmentationRules;
      expect(cues.flatMap((cue) => cue.words)).toEqual(words);
      expect(cues.map((cue) => cue.text.replace(/\n/g, ' ')).join(' ')).toBe(texts(words));
      cues.forEach((cue, index) => {
        const lines = cue.text.split('\n');
        expect(lines.length).toBeLessThanOrEqual(rules.maxLines);
        for (const line of lines) expect(countChars(line)).toBeLessThanOrEqual(rules.maxCharsPerLine);
        expect(cue.endMs - cue.startMs).toBeGreaterThanOrEqual(rules.minDurationMs);
        expect(cue.endMs - cue.startMs).toBeLessThanOrEqual(rules.maxDurationMs);
        const next = cues[index + 1];
        if (next) expect(next.startMs - cue.endMs).toBeGreaterThanOrEqual(rules.minGapMs);
      });
    });
  }

  it('breaks the Urdu interview at ۔ and ؟ and the mixed one keeps English inside Urdu in order', () => {
    const urdu = segmentWords(parseWhisperJson(fixture('ur-interview.json')).words);
    expect(urdu.map((cue) => cue.text.replace(/\n/g, ' '))).toEqual([
      'میرا نام عائشہ ہے، میں کراچی سے آئی ہوں۔',
      'اس مکالمے نے مجھے دوسروں کی بات سننا سکھایا۔',
      'کیا آپ اگلے سیشن میں آئیں گی؟',
    ]);
    const mixed = segmentWords(parseWhisperJson(fixture('mixed-ur-en.json')).words);
    expect(mixed.map((cue) => cue.text)).toEqual([
      // 43 characters: broken after the postposition پر, in spoken order.
      'ہم نے social media پر\n3 campaigns شروع کیں۔',
      'Dialogue is the first step\ntowards tolerance on campus.',
    ]);
  });
});
