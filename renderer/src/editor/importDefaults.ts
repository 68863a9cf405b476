import type { Track, TrackKind } from '../../../shared/transcript/model';

/** The programme's usual languages, in the order a new track's language is suggested. */
export const suggestedLanguages = ['ur', 'en', 'sd', 'pa', 'ps'] as const;

/** The first usual language that the transcript has no track in yet ('en' beside Urdu). */
export function defaultImportLanguage(tracks: readonly Pick<Track, 'language'>[]): string {
  const taken = new Set(tracks.map((track) => track.language));
  return suggestedLanguages.find((language) => !taken.has(language)) ?? 'en';
}

/** A file in a language the transcript already has, or the first file, is a transcript; else a translation. */
export function defaultImportKind(tracks: readonly Pick<Track, 'language'>[], language: string): TrackKind {
  return tracks.length === 0 || tracks.some((track) => track.language === language)
    ? 'transcript'
    : 'translation';
}
