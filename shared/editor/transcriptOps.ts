import type { Track, Transcript } from '../transcript/model';

/** The transcript with one track replaced by `update(track)`; the same transcript when nothing changed. */
export function withTrack(
  transcript: Transcript,
  trackId: string,
  update: (track: Track) => Track,
): Transcript {
  const index = transcript.tracks.findIndex((track) => track.id === trackId);
  const track = transcript.tracks[index];
  if (!track) return transcript;
  const next = update(track);
  if (next === track) return transcript;
  const tracks = transcript.tracks.slice();
  tracks[index] = next;
  return { ...transcript, tracks };
}
