import type { Cue, Track } from '../transcript/model';

/** Which cues a timing operation moves: the ids given, or every cue when undefined. */
type Selection = readonly string[] | undefined;

const selected = (cueIds: Selection): ((cue: Cue) => boolean) => {
  if (cueIds === undefined) return () => true;
  const ids = new Set(cueIds);
  return (cue) => ids.has(cue.id);
};

function mapTimes(track: Track, pick: (cue: Cue) => boolean, map: (ms: number) => number): Track {
  let changed = false;
  const cues = track.cues.map((cue) => {
    if (!pick(cue)) return cue;
    changed = true;
    const startMs = map(cue.startMs);
    const endMs = Math.max(startMs, map(cue.endMs));
    const words = cue.words.map((word) => {
      const wordStart = Math.min(endMs, Math.max(startMs, map(word.startMs)));
      return { ...word, startMs: wordStart, endMs: Math.min(endMs, Math.max(wordStart, map(word.endMs))) };
    });
    return { ...cue, startMs, endMs, words };
  });
  return changed ? { ...track, cues } : track;
}

/**
 * Shifts the selected cues (all when `cueIds` is undefined) by `deltaMs`. A shift earlier stops at 0 for the
 * earliest selected cue, so the cues keep their spacing and nothing goes negative.
 */
export function shiftCues(track: Track, deltaMs: number, cueIds?: Selection): Track {
  const pick = selected(cueIds);
  const picked = track.cues.filter(pick);
  if (picked.length === 0) return track;
  const earliest = Math.min(...picked.map((cue) => cue.startMs));
  const delta = Math.round(Math.max(deltaMs, -earliest));
  if (delta === 0) return track;
  return mapTimes(track, pick, (ms) => ms + delta);
}

/**
 * Scales the selected cues' times around `anchorMs` by `factor` (a frame-rate or drift correction:
 * 25/23.976 stretches, the anchor stays put). Results are rounded to whole ms and kept ≥ 0.
 */
export function stretchCues(track: Track, factor: number, anchorMs = 0, cueIds?: Selection): Track {
  if (!(factor > 0) || factor === 1) return track;
  return mapTimes(track, selected(cueIds), (ms) =>
    Math.max(0, Math.round(anchorMs + (ms - anchorMs) * factor)),
  );
}

/** The factor that maps two points of the cues' clock onto two points of the media's (sync by two cues). */
export function stretchFactor(fromA: number, fromB: number, toA: number, toB: number): number {
  return fromB === fromA ? 1 : (toB - toA) / (fromB - fromA);
}
