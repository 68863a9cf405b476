import { describe, expect, it } from 'vitest';
import {
  emptyPickedTracks,
  NO_SECOND_TRACK,
  pickCaptionTracks,
  type StyleTrackChoice,
  type TrackChoice,
} from '../../../shared/export/captionTracks';

const cue = (startMs: number, endMs: number, text: string) => ({ startMs, endMs, text });
const track = (id: string, language: string, cues: { startMs: number; endMs: number; text: string }[]) => ({
  id,
  language,
  cues,
});

const emptyUr = track('ur', 'ur', []);
const emptyEn = track('en', 'en', [cue(0, 1000, '  ')]);
const importedEn = track('import-en-1', 'en', [cue(0, 4000, 'We met in Lahore')]);
const urdu = track('ur-full', 'ur', [cue(0, 4000, 'آج ہم نے Climate Week میں بات کی۔')]);
const lateEn = track('en-late', 'en', [cue(50_000, 52_000, 'later')]);
const bilingual: StyleTrackChoice = { primaryLanguage: 'ur', secondaryLanguage: 'en' };
const range = { startMs: 0, endMs: 10_000 };

describe('pickCaptionTracks', () => {
  it.each<
    [
      string,
      ReturnType<typeof track>[],
      StyleTrackChoice,
      TrackChoice,
      string | undefined,
      string | undefined,
    ]
  >([
    ['no tracks: nothing', [], bilingual, {}, undefined, undefined],
    ['style by language, both with text', [urdu, importedEn], bilingual, {}, 'ur-full', 'import-en-1'],
    [
      'an empty Urdu track never wins over imported English',
      [emptyUr, importedEn],
      bilingual,
      {},
      'import-en-1',
      undefined,
    ],
    ["empty tracks only: the style's, no second line", [emptyUr, emptyEn], bilingual, {}, 'ur', undefined],
    ['an empty second track is left out', [urdu, emptyEn], bilingual, {}, 'ur-full', undefined],
    [
      'text outside the clip counts as empty',
      [lateEn, urdu],
      { primaryLanguage: 'en' },
      {},
      'ur-full',
      undefined,
    ],
    [
      'no style choice: the first track with text',
      [emptyUr, emptyEn, importedEn],
      {},
      {},
      'import-en-1',
      undefined,
    ],
    [
      'the clip chooses its first track',
      [urdu, importedEn],
      bilingual,
      { primaryTrackId: 'import-en-1' },
      'import-en-1',
      undefined,
    ],
    [
      'the clip chooses both',
      [urdu, importedEn],
      {},
      { primaryTrackId: 'import-en-1', secondaryTrackId: 'ur-full' },
      'import-en-1',
      'ur-full',
    ],
    [
      'the clip burns one line only',
      [urdu, importedEn],
      bilingual,
      { secondaryTrackId: NO_SECOND_TRACK },
      'ur-full',
      undefined,
    ],
    [
      "the clip's own empty choice is kept (the check warns)",
      [emptyUr, importedEn],
      {},
      { primaryTrackId: 'ur' },
      'ur',
      undefined,
    ],
    [
      'a clip choice of a removed track falls back to the style',
      [urdu],
      bilingual,
      { primaryTrackId: 'gone' },
      'ur-full',
      undefined,
    ],
  ])('%s', (_name, tracks, style, clip, primary, secondary) => {
    const picked = pickCaptionTracks(tracks, style, clip, range);
    expect(picked.primary?.id).toBe(primary);
    expect(picked.secondary?.id).toBe(secondary);
  });
});

describe('emptyPickedTracks', () => {
  it('names each chosen track with no cue inside the clip', () => {
    expect(emptyPickedTracks({ primary: emptyUr, secondary: lateEn }, range)).toEqual([
      { role: 'primary', trackId: 'ur', language: 'ur' },
      { role: 'secondary', trackId: 'en-late', language: 'en' },
    ]);
    expect(emptyPickedTracks({ primary: urdu, secondary: importedEn }, range)).toEqual([]);
  });
});
