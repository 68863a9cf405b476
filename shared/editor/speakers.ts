import type { Cue, Track, Transcript } from '../transcript/model';

/** Where a speaker is set: one cue, and whether the cues said at the same time in the other tracks follow. */
export interface SpeakerTarget {
  trackId: string;
  cueId: string;
  /**
   * 'aligned' (the editor's choice): the cues of the other tracks that go with this cue by time get the same
   * speaker, so a translation never names someone else than the transcript it translates. 'track': only
   * this cue.
   */
  scope: 'aligned' | 'track';
}

const overlapMs = (a: Cue, b: Cue): number =>
  Math.max(0, Math.min(a.endMs, b.endMs) - Math.max(a.startMs, b.startMs));

function withSpeaker(cue: Cue, speakerId: string | undefined): Cue {
  if (cue.speakerId === speakerId) return cue;
  if (speakerId !== undefined) return { ...cue, speakerId };
  const { speakerId: _removed, ...rest } = cue;
  return rest;
}

/**
 * The cues of `other` that go with `cue` of `own`: those that overlap `cue` more than any other cue of `own`
 * (the rule the side-by-side rows follow), or, for a cue of no length, whose start lies within `cue`.
 */
export function alignedCueIds(own: Track, cue: Cue, other: Track): string[] {
  return other.cues
    .filter((candidate) => {
      const shared = overlapMs(cue, candidate);
      if (shared === 0)
        return (
          candidate.startMs === candidate.endMs &&
          cue.startMs <= candidate.startMs &&
          candidate.startMs < cue.endMs
        );
      return own.cues.every((rival) => rival === cue || overlapMs(rival, candidate) <= shared);
    })
    .map((candidate) => candidate.id);
}

/**
 * Sets (or, with undefined, clears) the speaker of a cue and, with scope 'aligned', of the cues that go with
 * it in the other tracks. The same transcript comes back when nothing changes (no undo step).
 */
export function setSpeaker(
  transcript: Transcript,
  target: SpeakerTarget,
  speakerId: string | undefined,
): Transcript {
  const own = transcript.tracks.find((track) => track.id === target.trackId);
  const cue = own?.cues.find((candidate) => candidate.id === target.cueId);
  if (!own || !cue) return transcript;
  let changed = false;
  const tracks = transcript.tracks.map((track) => {
    const ids =
      track === own
        ? new Set([cue.id])
        : target.scope === 'aligned'
          ? new Set(alignedCueIds(own, cue, track))
          : new Set<string>();
    if (ids.size === 0) return track;
    let trackChanged = false;
    const cues = track.cues.map((candidate) => {
      if (!ids.has(candidate.id)) return candidate;
      const next = withSpeaker(candidate, speakerId);
      if (next !== candidate) trackChanged = true;
      return next;
    });
    if (!trackChanged) return track;
    changed = true;
    return { ...track, cues };
  });
  return changed ? { ...transcript, tracks } : transcript;
}
