import {
  directionOf,
  type TextDirection,
  type Track,
  type TrackKind,
  type Transcript,
} from '../transcript/model';

/** What a person can change of a track as a whole (its cues are edited in the grid). */
export type TrackChange =
  | { kind: 'rename'; trackId: string; label: string }
  | { kind: 'language'; trackId: string; language: string }
  | { kind: 'kind'; trackId: string; trackKind: TrackKind }
  | { kind: 'direction'; trackId: string; direction: TextDirection }
  | { kind: 'remove'; trackId: string }
  | { kind: 'move'; trackId: string; by: -1 | 1 };

const LANGUAGE_CODE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/**
 * The transcript after one track change; the same transcript when it changes nothing or cannot apply (an
 * unknown track, a language that is no code, the last track removed, a move past either end). A new language
 * brings its usual direction (Urdu right to left); a blank name goes back to the language-and-kind name.
 */
export function changeTrack(transcript: Transcript, change: TrackChange): Transcript {
  const index = transcript.tracks.findIndex((track) => track.id === change.trackId);
  const track = transcript.tracks[index];
  if (!track) return transcript;
  const replace = (next: Track): Transcript => {
    const tracks = transcript.tracks.slice();
    tracks[index] = next;
    return { ...transcript, tracks };
  };
  switch (change.kind) {
    case 'rename': {
      const label = change.label.trim().slice(0, 100);
      if ((track.label ?? '') === label) return transcript;
      const { label: _old, ...rest } = track;
      return replace(label ? { ...rest, label } : rest);
    }
    case 'language': {
      const language = change.language.trim();
      if (!LANGUAGE_CODE.test(language) || language === track.language) return transcript;
      return replace({ ...track, language, direction: directionOf(language) });
    }
    case 'kind':
      return change.trackKind === track.kind ? transcript : replace({ ...track, kind: change.trackKind });
    case 'direction':
      return change.direction === track.direction
        ? transcript
        : replace({ ...track, direction: change.direction });
    case 'remove':
      return transcript.tracks.length <= 1
        ? transcript
        : { ...transcript, tracks: transcript.tracks.filter((item) => item !== track) };
    case 'move': {
      const target = index + change.by;
      if (target < 0 || target >= transcript.tracks.length) return transcript;
      const tracks = transcript.tracks.slice();
      tracks.splice(index, 1);
      tracks.splice(target, 0, track);
      return { ...transcript, tracks };
    }
  }
}
