import {
  deleteCues,
  insertCueAfter,
  mergeWithNext,
  nudgeCue,
  splitCue,
} from '../../../../shared/editor/cueOps';
import type { EditorCommandContext } from './context';

/** How far Alt+[ / Alt+] move a cue's in or out. */
export const NUDGE_STEP_MS = 100;

/** Splits the cue at the caret; the caret goes to the start of the second half. */
export function splitAtCaret(context: EditorCommandContext): boolean {
  const place = context.target();
  const track = context.trackOf(place?.trackId);
  if (!place || !track) return false;
  const next = splitCue(track, place.cueId, place.start, context.rulesFor(track.id).minGapMs);
  if (next === track) return true;
  const index = next.cues.findIndex((cue) => cue.id === place.cueId);
  context.updateTrack(track.id, () => next);
  const second = next.cues[index + 1];
  if (second) context.requestFocus({ trackId: track.id, cueId: second.id }, 0);
  return true;
}

/** Merges the cue with the next one; the caret goes to where the two texts meet. */
export function mergeNext(context: EditorCommandContext): boolean {
  const place = context.target();
  const track = context.trackOf(place?.trackId);
  if (!place || !track) return false;
  const cue = track.cues.find((candidate) => candidate.id === place.cueId);
  context.updateTrack(track.id, (current) => mergeWithNext(current, place.cueId, context.rulesFor(track.id)));
  context.requestFocus(place, cue?.text.length ?? 0);
  return true;
}

/** Inserts an empty cue after the target (or at the start of the first track) and focuses it. */
export function insertAfter(context: EditorCommandContext): boolean {
  const track = context.trackOf(context.target()?.trackId) ?? context.transcript?.tracks[0];
  if (!track) return false;
  const { track: next, cueId } = insertCueAfter(track, context.target()?.cueId, context.rulesFor(track.id));
  context.updateTrack(track.id, () => next);
  context.requestFocus({ trackId: track.id, cueId }, 0);
  return true;
}

/** Deletes the target cue; focus moves to the next cue (or the previous one at the end). */
export function deleteTarget(context: EditorCommandContext): boolean {
  const place = context.target();
  const track = context.trackOf(place?.trackId);
  if (!place || !track) return false;
  const index = track.cues.findIndex((cue) => cue.id === place.cueId);
  context.updateTrack(track.id, (current) => deleteCues(current, [place.cueId]));
  const neighbour = track.cues[index + 1] ?? track.cues[index - 1];
  if (neighbour) context.requestFocus({ trackId: track.id, cueId: neighbour.id }, 0);
  return true;
}

/** Moves the target cue's in (start) or out (end) by `deltaMs`. */
export function nudge(context: EditorCommandContext, edge: 'start' | 'end', deltaMs: number): boolean {
  const place = context.target();
  if (!place) return false;
  context.updateTrack(place.trackId, (track) =>
    nudgeCue(track, place.cueId, edge, deltaMs, context.rulesFor(track.id).minGapMs),
  );
  return true;
}

/** Plays the target cue from its start to its end. */
export function replayCue(context: EditorCommandContext): boolean {
  const place = context.target();
  const cue = context.trackOf(place?.trackId)?.cues.find((candidate) => candidate.id === place?.cueId);
  if (cue) context.playback.playRange(cue.startMs, cue.endMs);
  return cue !== undefined;
}
