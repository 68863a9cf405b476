import {
  directionOf,
  TRANSCRIPT_SCHEMA_VERSION,
  type Track,
  type TrackKind,
  type Transcript,
} from '../transcript/model';
import type { TimedText } from './writeSubtitles';

/** The `model` of a transcript made by importing a subtitle file, not by whisper. */
export const IMPORTED_TRANSCRIPT_MODEL = 'imported';

export interface ImportedTrackInput {
  mediaId: string;
  cues: readonly TimedText[];
  /** 'ur', 'en', 'pa-Arab': sets the track's direction. */
  language: string;
  /** Default: 'transcript' when the transcript has no track yet or one in this language, else 'translation'. */
  kind?: TrackKind | undefined;
  /** ISO time for a transcript made here (when the media had none). */
  nowIso: string;
}

/**
 * The media's transcript with an imported track added after its own tracks: id `import-<language>-<n>` (the
 * first n not taken), cues `<track id>-1`, `-2`, … with no words (a subtitle file has no word times). A media
 * with no transcript yet gets one with model 'imported'. A track of the same language that has no text (what
 * a transcription that found no speech leaves) is replaced in place, keeping its id, instead of being joined
 * by a second one: styles and clips that chose it then burn the imported cues.
 */
export function withImportedTrack(current: Transcript | undefined, input: ImportedTrackInput): Transcript {
  const tracks = current?.tracks ?? [];
  const empty = tracks.find((track) => track.language === input.language && !hasText(track));
  const taken = new Set(tracks.map((track) => track.id));
  let n = 1;
  while (taken.has(`import-${input.language}-${n}`)) n += 1;
  const id = empty?.id ?? `import-${input.language}-${n}`;
  const kind =
    input.kind ??
    empty?.kind ??
    (tracks.length === 0 || tracks.some((track) => track.language === input.language)
      ? 'transcript'
      : 'translation');
  const track: Track = {
    id,
    language: input.language,
    direction: directionOf(input.language),
    kind,
    cues: input.cues.map((cue, index) => ({
      id: `${id}-${index + 1}`,
      startMs: cue.startMs,
      endMs: cue.endMs,
      text: cue.text,
      words: [],
      ...(cue.settings ? { settings: cue.settings } : {}),
    })),
  };
  if (current)
    return {
      ...current,
      tracks: empty ? tracks.map((item) => (item === empty ? track : item)) : [...tracks, track],
    };
  return {
    schemaVersion: TRANSCRIPT_SCHEMA_VERSION,
    mediaId: input.mediaId,
    model: IMPORTED_TRANSCRIPT_MODEL,
    createdAt: input.nowIso,
    revision: 0,
    language: input.language,
    tracks: [track],
  };
}

const hasText = (track: Track) => track.cues.some((cue) => cue.text.trim() !== '');

/** `<media name without extension>.<language>.<format>`: players load `interview.ur.srt` beside `interview.mp4`. */
export function exportFileName(mediaFileName: string, language: string, extension: string): string {
  const dot = mediaFileName.lastIndexOf('.');
  const base = (dot > 0 ? mediaFileName.slice(0, dot) : mediaFileName).replace(/[/\\:*?"<>|]/g, '_');
  return `${base || 'subtitles'}.${language}.${extension}`;
}
