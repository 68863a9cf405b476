import { describe, expect, it } from 'vitest';
import { guessLanguageFromText } from '../../../shared/subtitles/guessLanguage';

describe('guessLanguageFromText', () => {
  it.each([
    [['ہم نے social media پر 3 campaigns شروع کیں۔'], 'ur'],
    [['یہ ایک مکالمہ ہے', 'دوسری سطر'], 'ur'],
    [['Peace starts with a conversation.', 'Yes, on campus.'], 'en'],
    [['We met at جامعہ کراچی today for the dialogue.'], 'en'],
    [['اسان ڳالهه ٻولهه ڪئي'], 'sd'],
    [['موږ خبرې اترې وکړې'], 'ps'],
  ])('%j → %s', (texts, expected) => {
    expect(guessLanguageFromText(texts)).toBe(expected);
  });

  it.each([[[]], [['']], [['123 456', '♪ ♪', '…']]])('no letters in %j → undefined', (texts) => {
    expect(guessLanguageFromText(texts)).toBeUndefined();
  });
});
