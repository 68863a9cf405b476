import { randomBytes } from 'node:crypto';
import { engineError } from '../../../shared/errorTexts';
import { silencesFromWords, snapToBoundaries } from '../../../shared/export/snap';
import { clipSchema, type Clip, type ClipInput } from '../../../shared/model/clips';
import type { Media } from '../../../shared/model/media';
import type { Transcript } from '../../../shared/transcript/model';

/** A little slack at the media's end: durations from ffprobe and from the player differ by a frame or two. */
const END_SLACK_MS = 500;

/**
 * Checks a clip against its media and, with `snap`, moves its ends to the nearest natural cut (word, cue,
 * pause). Returns the clip ready to store (new id and createdAt when it is new).
 */
export function prepareClip(
  input: ClipInput,
  media: Media | undefined,
  transcript: Transcript | undefined,
  existing: Clip | undefined,
  snap: boolean,
): Clip {
  if (!media) throw engineError('clip-media-not-in-session', {}, { field: 'mediaId' });
  let { startMs, endMs } = input;
  if (snap && transcript) {
    // Word times of what was said (a translation's words carry no speech times of their own).
    const words = transcript.tracks
      .filter((track) => track.kind === 'transcript')
      .flatMap((track) => track.cues.flatMap((cue) => cue.words));
    const cues = transcript.tracks.flatMap((track) => track.cues);
    const silences = silencesFromWords(words);
    const snappedStart = snapToBoundaries(startMs, words, cues, silences, { edge: 'start' });
    const snappedEnd = snapToBoundaries(endMs, words, cues, silences, { edge: 'end' });
    if (snappedEnd > snappedStart) {
      startMs = snappedStart;
      endMs = snappedEnd;
    }
  }
  const durationMs = media.probe.durationMs;
  if (endMs > durationMs && endMs <= durationMs + END_SLACK_MS) endMs = durationMs;
  if (endMs <= startMs) throw engineError('clip-ends-before-start', {}, { field: 'endMs' });
  if (startMs < 0 || endMs > durationMs)
    throw engineError('clip-outside-media', { startMs, endMs, durationMs });
  const now = new Date().toISOString();
  return clipSchema.parse({
    ...input,
    id: input.id ?? `c-${Date.now().toString(36)}-${randomBytes(2).toString('hex')}`,
    startMs,
    endMs,
    createdAt: existing?.createdAt ?? input.createdAt ?? now,
    updatedAt: now,
  });
}
