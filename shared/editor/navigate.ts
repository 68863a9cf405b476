import type { Track } from '../transcript/model';
import type { Problem } from './qc';
import { UNCERTAIN_BELOW, wordRanges, type TextRange } from './words';

/** A place in a track: a cue and an offset in its text. */
export interface Position {
  cueIndex: number;
  offset: number;
}

export interface UncertainWord extends TextRange {
  cueId: string;
  cueIndex: number;
  wordIndex: number;
  probability: number;
}

/** Every word whisper was unsure of (probability below UNCERTAIN_BELOW) that is still in its cue's text. */
export function uncertainWords(track: Track, below = UNCERTAIN_BELOW): UncertainWord[] {
  return track.cues.flatMap((cue, cueIndex) => {
    const ranges = wordRanges(cue);
    return cue.words.flatMap((word, wordIndex) => {
      const range = ranges[wordIndex];
      if (word.probability >= below || range === undefined) return [];
      return [{ cueId: cue.id, cueIndex, wordIndex, probability: word.probability, ...range }];
    });
  });
}

const after = (place: { cueIndex: number; start: number }, from: Position): boolean =>
  place.cueIndex > from.cueIndex || (place.cueIndex === from.cueIndex && place.start > from.offset);

/**
 * The next uncertain word after `from` (the caret), wrapping to the first; undefined when there is none.
 * With `from` undefined it is the first one.
 */
export function nextUncertainWord(
  track: Track,
  from?: Position,
  below = UNCERTAIN_BELOW,
): UncertainWord | undefined {
  const all = uncertainWords(track, below);
  if (from === undefined) return all[0];
  return all.find((word) => after(word, from)) ?? all[0];
}

/**
 * The next problem of the track: after `current` (the one shown now) in list order when given, else the
 * first problem of a cue after `fromCueIndex`; wrapping to the first.
 */
export function nextProblem(
  track: Track,
  problems: readonly Problem[],
  fromCueIndex: number,
  current?: Problem,
): Problem | undefined {
  const order = new Map(track.cues.map((cue, index) => [cue.id, index]));
  const own = problems.filter((problem) => problem.trackId === track.id && order.has(problem.cueId));
  if (current) {
    const at = own.findIndex((problem) => problem.cueId === current.cueId && problem.kind === current.kind);
    if (at >= 0) return own[(at + 1) % own.length];
  }
  return own.find((problem) => (order.get(problem.cueId) ?? -1) > fromCueIndex) ?? own[0];
}

/** Index of the cue on screen at `timeMs` (the last one started, if still showing), or -1. */
export function activeCueIndex(track: Track, timeMs: number): number {
  let low = 0;
  let high = track.cues.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (track.cues[middle]!.startMs <= timeMs) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  const cue = track.cues[found];
  return cue && timeMs < cue.endMs ? found : -1;
}

/** Index of the word being spoken at `timeMs` within a cue's words, or -1. */
export function activeWordIndex(
  words: readonly { startMs: number; endMs: number }[],
  timeMs: number,
): number {
  return words.findIndex((word) => word.startMs <= timeMs && timeMs < word.endMs);
}

/**
 * The next uncertain word over several tracks (a transcript and its translations), in reading order:
 * track by track, cue by cue; after the caret (`from`), wrapping to the first. Undefined when none.
 */
export function nextUncertainInTracks(
  tracks: readonly Track[],
  from?: { trackId: string; cueId: string; offset: number },
  below = UNCERTAIN_BELOW,
): (UncertainWord & { trackId: string }) | undefined {
  const all = tracks.flatMap((track, trackIndex) =>
    uncertainWords(track, below).map((word) => ({ ...word, trackId: track.id, trackIndex })),
  );
  const trackIndex = from ? tracks.findIndex((track) => track.id === from.trackId) : -1;
  const cueIndex = from ? (tracks[trackIndex]?.cues.findIndex((cue) => cue.id === from.cueId) ?? -1) : -1;
  const here = [trackIndex, cueIndex, from?.offset ?? -1];
  const later = (word: (typeof all)[number]): boolean => {
    const place = [word.trackIndex, word.cueIndex, word.start];
    for (let at = 0; at < 3; at++) if (place[at] !== here[at]) return place[at]! > here[at]!;
    return false;
  };
  const found = all.find(later) ?? all[0];
  if (!found) return undefined;
  const { trackIndex: _unused, ...word } = found;
  return word;
}
