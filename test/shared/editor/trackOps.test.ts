import { describe, expect, it } from 'vitest';
import { changeTrack, type TrackChange } from '../../../shared/editor/trackOps';
import { directionOf, type Track, type Transcript } from '../../../shared/transcript/model';

const track = (id: string, language: string, extra: Partial<Track> = {}): Track => ({
  id,
  language,
  direction: directionOf(language),
  kind: 'transcript',
  cues: [
    { id: `${id}-1`, startMs: 0, endMs: 1000, text: 'آج Climate Week میں 3 باتیں ہوئیں، سنیں۔', words: [] },
  ],
  ...extra,
});
const transcript: Transcript = {
  schemaVersion: 1,
  mediaId: 'm-1',
  model: 'imported',
  createdAt: '2026-02-14T10:00:00.000Z',
  revision: 3,
  language: 'ur',
  tracks: [track('ur', 'ur'), track('en', 'en', { kind: 'translation' }), track('sd', 'sd')],
};
const summary = (next: Transcript) =>
  next.tracks.map((item) => [item.id, item.language, item.direction, item.kind, item.label ?? ''].join(' '));

describe('changeTrack', () => {
  it.each<[string, TrackChange, string[]]>([
    [
      'renames',
      { kind: 'rename', trackId: 'en', label: '  Panel Q&A  ' },
      ['ur ur rtl transcript ', 'en en ltr translation Panel Q&A', 'sd sd rtl transcript '],
    ],
    [
      'a new language brings its direction',
      { kind: 'language', trackId: 'en', language: 'ur' },
      ['ur ur rtl transcript ', 'en ur rtl translation ', 'sd sd rtl transcript '],
    ],
    [
      'Shahmukhi Punjabi is right to left',
      { kind: 'language', trackId: 'sd', language: 'pa-Arab' },
      ['ur ur rtl transcript ', 'en en ltr translation ', 'sd pa-Arab rtl transcript '],
    ],
    [
      'changes the kind',
      { kind: 'kind', trackId: 'en', trackKind: 'transcript' },
      ['ur ur rtl transcript ', 'en en ltr transcript ', 'sd sd rtl transcript '],
    ],
    [
      'changes the direction alone',
      { kind: 'direction', trackId: 'sd', direction: 'ltr' },
      ['ur ur rtl transcript ', 'en en ltr translation ', 'sd sd ltr transcript '],
    ],
    ['removes', { kind: 'remove', trackId: 'en' }, ['ur ur rtl transcript ', 'sd sd rtl transcript ']],
    [
      'moves left',
      { kind: 'move', trackId: 'en', by: -1 },
      ['en en ltr translation ', 'ur ur rtl transcript ', 'sd sd rtl transcript '],
    ],
    [
      'moves right',
      { kind: 'move', trackId: 'en', by: 1 },
      ['ur ur rtl transcript ', 'sd sd rtl transcript ', 'en en ltr translation '],
    ],
  ])('%s', (_name, change, expected) => {
    const next = changeTrack(transcript, change);
    expect(summary(next)).toEqual(expected);
    expect(next.revision).toBe(3);
  });

  it.each<[string, TrackChange]>([
    ['an unknown track', { kind: 'remove', trackId: 'nope' }],
    ['the same name', { kind: 'rename', trackId: 'ur', label: '' }],
    ['a language that is no code', { kind: 'language', trackId: 'ur', language: 'Urdu' }],
    ['the same kind', { kind: 'kind', trackId: 'ur', trackKind: 'transcript' }],
    ['a move past the start', { kind: 'move', trackId: 'ur', by: -1 }],
    ['a move past the end', { kind: 'move', trackId: 'sd', by: 1 }],
  ])('changes nothing for %s (the same object, so no undo step)', (_name, change) => {
    expect(changeTrack(transcript, change)).toBe(transcript);
  });

  it('keeps the last track (a transcript has at least one)', () => {
    const one = { ...transcript, tracks: [track('ur', 'ur')] };
    expect(changeTrack(one, { kind: 'remove', trackId: 'ur' })).toBe(one);
  });

  it('a blank name goes back to the language-and-kind name', () => {
    const named = changeTrack(transcript, { kind: 'rename', trackId: 'ur', label: 'Panel' });
    const unnamed = changeTrack(named, { kind: 'rename', trackId: 'ur', label: '   ' });
    expect(unnamed.tracks[0]).not.toHaveProperty('label');
  });
});
