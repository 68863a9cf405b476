import { describe, expect, it } from 'vitest';
import { foldText, snippetAround } from '../../../shared/programme/normalize';
import { searchWorkspace, type SearchSource } from '../../../shared/programme/search';
import type { Transcript } from '../../../shared/transcript/model';
import { person, session } from './fixture';

const ayesha = person({ name: 'Ayesha Khan', gender: 'woman', organisation: 'Punjab University' });

function transcript(mediaId: string, cues: Array<[string, number, string, string?]>): Transcript {
  return {
    schemaVersion: 1,
    mediaId,
    model: 'ggml-small.bin',
    createdAt: '2026-01-01T00:00:00.000Z',
    revision: 0,
    language: 'ur',
    tracks: [
      {
        id: 'ur',
        language: 'ur',
        direction: 'rtl',
        kind: 'transcript',
        cues: cues.map(([id, startMs, text, speakerId]) => ({
          id,
          startMs,
          endMs: startMs + 1000,
          text,
          words: [],
          ...(speakerId ? { speakerId } : {}),
        })),
      },
    ],
  };
}

const sources: SearchSource[] = [
  {
    session: session('lahore', {
      title: 'Lahore dialogue on tolerance',
      metadata: { city: 'Lahore', topics: ['Tolerance', 'Youth'], hashtags: ['#BolKeLabAzadHain'] },
      participants: [ayesha],
    }),
    transcripts: [
      transcript('m1', [
        ['c1', 0, 'Welcome everyone'],
        ['c2', 4000, 'ہم برداشت کی بات کرتے ہیں', ayesha.id],
        ['c3', 9000, 'Tolerance begins at home', ayesha.id],
      ]),
    ],
  },
  { session: session('karachi', { title: 'Karachi round-table' }), transcripts: [] },
];

describe('searchWorkspace', () => {
  it('finds sessions, topics and cues, each with where to jump', () => {
    const { results, truncated } = searchWorkspace(sources, 'TOLERANCE');
    expect(truncated).toBe(false);
    expect(results.map((result) => result.kind)).toEqual(['session', 'topic', 'cue']);
    expect(results[2]).toEqual({
      kind: 'cue',
      sessionId: 'lahore',
      sessionTitle: 'Lahore dialogue on tolerance',
      mediaId: 'm1',
      trackId: 'ur',
      cueId: 'c3',
      startMs: 9000,
      participantId: ayesha.id,
      snippet: 'Ayesha Khan: Tolerance begins at home',
    });
  });

  it('finds a speaker and where they first speak', () => {
    const [result] = searchWorkspace(sources, 'ayesha', ['participant']).results;
    expect(result).toMatchObject({
      kind: 'participant',
      participantId: ayesha.id,
      mediaId: 'm1',
      cueId: 'c2',
      startMs: 4000,
      snippet: 'Ayesha Khan (Punjab University)',
    });
  });

  it('finds hashtags with or without #', () => {
    expect(searchWorkspace(sources, '#bolkelab', ['tag']).results).toHaveLength(1);
    expect(searchWorkspace(sources, 'azad', ['tag']).results[0]?.snippet).toBe('#BolKeLabAzadHain');
  });

  it('matches Urdu typed with Arabic letters (ي ك ه) and ignores diacritics', () => {
    const typedArabic = 'برداشت كي';
    const { results } = searchWorkspace(sources, typedArabic, ['cue']);
    expect(results.map((result) => result.cueId)).toEqual(['c2']);
    expect(searchWorkspace(sources, 'بَرداشت', ['cue']).results).toHaveLength(1);
  });

  it('limits the results and says so', () => {
    const many = searchWorkspace(sources, 'e', undefined, 2);
    expect(many.results).toHaveLength(2);
    expect(many.truncated).toBe(true);
    expect(searchWorkspace(sources, '   ').results).toEqual([]);
  });
});

describe('folding', () => {
  it('folds case, diacritics, Arabic letter forms, digits and spaces', () => {
    expect(foldText('  Ayésha   KHAN ')).toBe('ayesha khan');
    expect(foldText('كيه')).toBe(foldText('کیہ'));
    expect(foldText('۲۰۲۶')).toBe('2026');
    expect(foldText('عائشہ')).toBe(foldText('عا\u0650ئشہ\u200c'));
  });

  it('cuts a snippet around the match from the original text', () => {
    const long = `${'a '.repeat(50)}Tolerance${' b'.repeat(50)}`;
    const snippet = snippetAround(long, 'tolerance', 10);
    expect(snippet).toMatch(/^….*Tolerance.*…$/u);
    expect(snippet.length).toBeLessThan(40);
  });
});
