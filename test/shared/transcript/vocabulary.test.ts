import { describe, expect, it } from 'vitest';
import {
  estimatePromptTokens,
  PROMPT_MAX_TOKENS,
  vocabularyPrompt,
  type VocabularySource,
} from '../../../shared/transcript/vocabulary';

describe('estimatePromptTokens', () => {
  it.each([
    ['', 0],
    ['Media', 3],
    ['Media Baithak', 3 + 4],
    ['2026', 2],
    ['گفتگو', 5],
    ['میڈیا بیٹھک', 5 + 5],
    // An English phrase inside Urdu, digits, the Urdu comma and full stop: each part by its own rule.
    ['آج peace talks، 2026 میں۔', 2 + 3 + 3 + 1 + 2 + 3 + 1],
    ['#PeaceTalks', 1 + 5],
    ['ਗੁਰਮੁਖੀ', 21],
  ])('%s → %i', (text, tokens) => {
    expect(estimatePromptTokens(text)).toBe(tokens);
  });
});

describe('vocabularyPrompt', () => {
  it.each<[string, VocabularySource, number | undefined, string]>([
    ['nothing', {}, undefined, ''],
    [
      'the session’s names first, then the glossary, then topics',
      {
        title: 'Media Baithak Karachi',
        campaign: '#PeaceTalks',
        organiser: 'Media Baithak',
        partners: ['جامعہ کراچی'],
        hashtags: ['#PeaceTalks', '#امن'],
        topics: ['climate', 'ووٹ 2026'],
        participantNames: ['Ayesha Khan', 'عائشہ خان'],
        glossary: ['Guftagu', 'گفتگو', 'media baithak'],
      },
      undefined,
      'Media Baithak Karachi, Ayesha Khan, عائشہ خان, Media Baithak, جامعہ کراچی, PeaceTalks, امن, Guftagu, گفتگو, climate, ووٹ 2026',
    ],
    [
      'each term once, spaces tidied',
      { title: '  Media   Baithak ', organiser: 'media baithak', participantNames: ['Ali', 'ALI', ''] },
      undefined,
      'Media Baithak, Ali',
    ],
    [
      'a term that does not fit is left out whole; a later one that fits is kept',
      { participantNames: ['Ayesha Khan', 'Bilal Ahmed'], glossary: ['گفتگو', 'Guftagu'] },
      // Ayesha Khan 6, ", Bilal Ahmed" 1 + 6, ", گفتگو" 1 + 5 = 19; ", Guftagu" would be 1 + 4.
      20,
      'Ayesha Khan, Bilal Ahmed, گفتگو',
    ],
    [
      'names win over the glossary when the budget is short',
      { title: 'Media Baithak', participantNames: ['عائشہ خان'], glossary: ['Guftagu'] },
      16,
      'Media Baithak, عائشہ خان',
    ],
  ])('%s', (_label, source, maxTokens, expected) => {
    expect(vocabularyPrompt(source, maxTokens)).toBe(expected);
  });

  it('a long glossary is cut so the whole prompt stays within whisper’s limit, names kept', () => {
    const glossary = Array.from({ length: 120 }, (_, index) => `اصطلاح ${index + 1} term`);
    const prompt = vocabularyPrompt({ title: 'Media Baithak', participantNames: ['عائشہ خان'], glossary });
    expect(prompt.startsWith('Media Baithak, عائشہ خان, اصطلاح 1 term')).toBe(true);
    expect(estimatePromptTokens(prompt)).toBeLessThanOrEqual(PROMPT_MAX_TOKENS);
    expect(estimatePromptTokens(prompt)).toBeGreaterThan(PROMPT_MAX_TOKENS - 15);
    expect(prompt.split(', ').length).toBeLessThan(2 + glossary.length);
  });
});
