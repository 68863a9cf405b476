import type { Track, Transcript } from '../transcript/model';
import { withTrack } from './transcriptOps';
import { shiftCues, stretchCues, stretchFactor } from './timeOps';

/**
 * Which cues a shift or stretch of the whole transcript moves: every cue of every track; the cues of every
 * track from a time on (a resync from the cue where the drift starts); or one cue of one track.
 */
export type RetimeScope =
  { kind: 'all' } | { kind: 'from'; startMs: number } | { kind: 'cue'; trackId: string; cueId: string };

/** Per track id: the ids of the cues the scope moves (tracks with none left out). */
export function scopeCueIds(transcript: Transcript, scope: RetimeScope): Map<string, string[]> {
  const picked = new Map<string, string[]>();
  for (const track of transcript.tracks) {
    const ids = track.cues
      .filter((cue) =>
        scope.kind === 'all'
          ? true
          : scope.kind === 'from'
            ? cue.startMs >= scope.startMs
            : track.id === scope.trackId && cue.id === scope.cueId,
      )
      .map((cue) => cue.id);
    if (ids.length > 0) picked.set(track.id, ids);
  }
  return picked;
}

/** From the earliest start to the latest end of the cues the scope moves; undefined when it moves none. */
export function scopeSpan(
  transcript: Transcript,
  scope: RetimeScope,
): { startMs: number; endMs: number } | undefined {
  const picked = scopeCueIds(transcript, scope);
  let startMs = Infinity;
  let endMs = -Infinity;
  for (const track of transcript.tracks) {
    const ids = new Set(picked.get(track.id) ?? []);
    for (const cue of track.cues) {
      if (!ids.has(cue.id)) continue;
      startMs = Math.min(startMs, cue.startMs);
      endMs = Math.max(endMs, cue.endMs);
    }
  }
  return startMs === Infinity ? undefined : { startMs, endMs };
}

function eachPicked(
  transcript: Transcript,
  scope: RetimeScope,
  move: (track: Track, ids: readonly string[]) => Track,
): Transcript {
  let next = transcript;
  for (const [trackId, ids] of scopeCueIds(transcript, scope))
    next = withTrack(next, trackId, (track) => move(track, ids));
  return next;
}

/**
 * Moves the scope's cues by `deltaMs` in every track alike. An earlier shift stops where the earliest of
 * them reaches 0, for all tracks together, so a transcript and its translation stay in step.
 */
export function shiftTranscript(transcript: Transcript, deltaMs: number, scope: RetimeScope): Transcript {
  const span = scopeSpan(transcript, scope);
  if (!span) return transcript;
  const delta = Math.round(Math.max(deltaMs, -span.startMs));
  if (delta === 0) return transcript;
  return eachPicked(transcript, scope, (track, ids) => shiftCues(track, delta, ids));
}

/**
 * Maps the scope's cues linearly so that the first starts at `toStartMs` and the last ends at `toEndMs`
 * (a frame-rate or drift correction: sync by the first and the last cue). Unchanged when the new span is
 * empty or reversed.
 */
export function stretchTranscript(
  transcript: Transcript,
  scope: RetimeScope,
  toStartMs: number,
  toEndMs: number,
): Transcript {
  const span = scopeSpan(transcript, scope);
  const start = Math.max(0, Math.round(toStartMs));
  const end = Math.round(toEndMs);
  if (!span || !(end > start) || span.endMs <= span.startMs) return transcript;
  const factor = stretchFactor(span.startMs, span.endMs, start, end);
  return eachPicked(transcript, scope, (track, ids) =>
    shiftCues(stretchCues(track, factor, span.startMs, ids), start - span.startMs, ids),
  );
}
