import type { Cue, Track, Word } from '../../../shared/transcript/model';

export const word = (text: string, startMs: number, endMs: number, probability = 0.9): Word => ({
  text,
  startMs,
  endMs,
  probability,
});

export const cue = (id: string, startMs: number, endMs: number, text: string, words: Word[] = []): Cue => ({
  id,
  startMs,
  endMs,
  text,
  words,
});

export const track = (cues: Cue[], language = 'en'): Track => ({
  id: `track-${language}`,
  language,
  direction: language === 'ur' ? 'rtl' : 'ltr',
  kind: 'transcript',
  cues,
});

/** "We met in Karachi" with word times, one uncertain word. */
export const spoken = (): Cue =>
  cue('c1', 1000, 3000, 'We met in Karachi', [
    word('We', 1000, 1200),
    word('met', 1200, 1500),
    word('in', 1600, 1700, 0.3),
    word('Karachi', 1800, 2600),
  ]);
