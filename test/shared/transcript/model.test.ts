import { describe, expect, it } from 'vitest';
import { cueSchema, directionOf, transcriptSchema, wordSchema } from '../../../shared/transcript/model';

describe('directionOf', () => {
  it('gives right to left for Urdu, Sindhi, Pashto, Arabic and Persian', () => {
    for (const language of ['ur', 'sd', 'ps', 'ar', 'fa', 'UR', 'ur-PK', 'ur_PK']) {
      expect(directionOf(language)).toBe('rtl');
    }
  });

  it('gives left to right for English and for Punjabi as whisper writes it (Gurmukhi)', () => {
    expect(directionOf('en')).toBe('ltr');
    expect(directionOf('pa')).toBe('ltr');
    expect(directionOf('pa-Guru')).toBe('ltr');
    expect(directionOf('und')).toBe('ltr');
  });

  it('gives right to left for Shahmukhi Punjabi', () => {
    expect(directionOf('pa-Arab')).toBe('rtl');
    expect(directionOf('pnb')).toBe('rtl');
  });
});

describe('transcript schemas', () => {
  const word = { text: 'نام', startMs: 0, endMs: 300, probability: 0.9 };

  it('accepts a whole transcript', () => {
    const transcript = {
      schemaVersion: 1,
      mediaId: 'm1',
      model: 'ggml-small.bin',
      createdAt: '2026-11-21T08:00:00.000Z',
      language: 'ur',
      tracks: [
        {
          id: 't1',
          language: 'ur',
          direction: 'rtl',
          kind: 'transcript',
          cues: [{ id: 'c1', startMs: 0, endMs: 900, text: 'نام', words: [word], speakerId: 's1' }],
        },
      ],
    };
    // A transcript saved before revisions existed reads as revision 0.
    expect(transcriptSchema.parse(transcript)).toEqual({ ...transcript, revision: 0 });
  });

  it('rejects fractional times, probabilities outside 0..1 and other schema versions', () => {
    expect(wordSchema.safeParse({ ...word, startMs: 0.5 }).success).toBe(false);
    expect(wordSchema.safeParse({ ...word, probability: 1.2 }).success).toBe(false);
    expect(cueSchema.safeParse({ id: 'c', startMs: 0, endMs: 1, text: '', words: [] }).success).toBe(true);
    expect(
      transcriptSchema.safeParse({
        schemaVersion: 2,
        mediaId: 'm',
        model: '',
        createdAt: '',
        language: '',
        tracks: [],
      }).success,
    ).toBe(false);
  });
});
