import { describe, expect, it } from 'vitest';
import { exportFileName, withImportedTrack } from '../../../shared/subtitles/importedTrack';
import { transcriptSchema, type Transcript } from '../../../shared/transcript/model';
import { interviewCues } from './samples';

const nowIso = '2026-11-02T10:00:00.000Z';

describe('withImportedTrack', () => {
  it('makes a transcript (model "imported") when the media has none', () => {
    const transcript = withImportedTrack(undefined, {
      mediaId: 'm-1',
      cues: interviewCues,
      language: 'ur',
      nowIso,
    });
    expect(transcriptSchema.parse(transcript)).toEqual(transcript);
    expect(transcript).toMatchObject({
      model: 'imported',
      mediaId: 'm-1',
      language: 'ur',
      revision: 0,
      createdAt: nowIso,
    });
    expect(transcript.tracks).toHaveLength(1);
    expect(transcript.tracks[0]).toMatchObject({ id: 'import-ur-1', direction: 'rtl', kind: 'transcript' });
    expect(transcript.tracks[0]?.cues[0]).toEqual({ id: 'import-ur-1-1', ...interviewCues[0], words: [] });
    expect(transcript.tracks[0]?.cues.map((cue) => cue.id).at(-1)).toBe('import-ur-1-5');
  });

  it('adds after the existing tracks, with the next free id; another language is a translation', () => {
    const first = withImportedTrack(undefined, {
      mediaId: 'm-1',
      cues: interviewCues,
      language: 'ur',
      nowIso,
    });
    const current: Transcript = { ...first, revision: 4 };
    const again = withImportedTrack(current, { mediaId: 'm-1', cues: interviewCues, language: 'ur', nowIso });
    expect(again.tracks.map((track) => [track.id, track.kind])).toEqual([
      ['import-ur-1', 'transcript'],
      ['import-ur-2', 'transcript'],
    ]);
    expect(again.revision).toBe(4);
    const english = withImportedTrack(again, { mediaId: 'm-1', cues: interviewCues, language: 'en', nowIso });
    expect(english.tracks[2]).toMatchObject({ id: 'import-en-1', direction: 'ltr', kind: 'translation' });
    const chosen = withImportedTrack(again, {
      mediaId: 'm-1',
      cues: interviewCues,
      language: 'pa-Arab',
      kind: 'transcript',
      nowIso,
    });
    expect(chosen.tracks[2]).toMatchObject({ id: 'import-pa-Arab-1', direction: 'rtl', kind: 'transcript' });
  });
});

describe('withImportedTrack over an empty track', () => {
  const noSpeech: Transcript = {
    schemaVersion: 1,
    mediaId: 'm-1',
    model: 'small',
    createdAt: nowIso,
    revision: 3,
    language: 'ur',
    tracks: [
      { id: 'ur', language: 'ur', direction: 'rtl', kind: 'transcript', cues: [] },
      {
        id: 'en',
        language: 'en',
        direction: 'ltr',
        kind: 'translation',
        cues: [{ id: 'en-1', startMs: 0, endMs: 900, text: '  ', words: [] }],
      },
    ],
  };

  it('replaces the empty track of the same language in place, keeping its id and kind', () => {
    const english = withImportedTrack(noSpeech, {
      mediaId: 'm-1',
      cues: interviewCues,
      language: 'en',
      nowIso,
    });
    expect(english.tracks.map((track) => [track.id, track.kind, track.cues.length])).toEqual([
      ['ur', 'transcript', 0],
      ['en', 'translation', interviewCues.length],
    ]);
    expect(english.tracks[1]?.cues[0]?.id).toBe('en-1');
    const urdu = withImportedTrack(english, { mediaId: 'm-1', cues: interviewCues, language: 'ur', nowIso });
    expect(urdu.tracks.map((track) => track.id)).toEqual(['ur', 'en']);
    expect(urdu.revision).toBe(3);
  });

  it('adds a new track when the track of that language has text', () => {
    const english = withImportedTrack(noSpeech, {
      mediaId: 'm-1',
      cues: interviewCues,
      language: 'en',
      nowIso,
    });
    const again = withImportedTrack(english, { mediaId: 'm-1', cues: interviewCues, language: 'en', nowIso });
    expect(again.tracks.map((track) => track.id)).toEqual(['ur', 'en', 'import-en-1']);
  });
});

describe('exportFileName', () => {
  it('puts the language and format after the media name without its extension', () => {
    expect(exportFileName('interview one.mp4', 'ur', 'srt')).toBe('interview one.ur.srt');
    expect(exportFileName('clip.final.mov', 'en', 'vtt')).toBe('clip.final.en.vtt');
    expect(exportFileName('.hidden', 'ur', 'ass')).toBe('.hidden.ur.ass');
    expect(exportFileName('a:b?.mp4', 'ur', 'txt')).toBe('a_b_.ur.txt');
  });
});
