import { describe, expect, it } from 'vitest';
import { vocabularyPrompt, type VocabularySource } from '../../../shared/transcript/vocabulary';

describe('vocabularyPrompt', () => {
  it.each<[string, VocabularySource, number | undefined, string]>([
    ['nothing', {}, undefined, ''],
    [
      'the whole session, in order',
      {
        title: 'Media Baithak Karachi',
        campaign: '#PeaceTalks',
        organiser: 'Media Baithak',
        partners: ['جامعہ کراچی'],
        hashtags: ['#PeaceTalks', '#امن'],
        topics: ['climate', 'ووٹ 2026'],
        participantNames: ['Ayesha Khan', 'عائشہ خان'],
        glossary: ['Guftagu'],
      },
      undefined,
      'Media Baithak Karachi, #PeaceTalks, Media Baithak, جامعہ کراچی, PeaceTalks, امن, climate, ووٹ 2026, Ayesha Khan, عائشہ خان, Guftagu',
    ],
    [
      'each term once, spaces tidied',
      { title: '  Media   Baithak ', organiser: 'media baithak', participantNames: ['Ali', 'ALI', ''] },
      undefined,
      'Media Baithak, Ali',
    ],
    [
      'cut at a whole term',
      { participantNames: ['Ayesha Khan', 'Bilal Ahmed', 'Sana Mir'] },
      25,
      'Ayesha Khan, Bilal Ahmed',
    ],
  ])('%s', (_label, source, maxChars, expected) => {
    expect(vocabularyPrompt(source, maxChars)).toBe(expected);
  });
});
