import { layoutLines } from '../transcript/lineBreak';
import type { Cue, Track } from '../transcript/model';
import { defaultSegmentationRules, type SegmentationRules } from '../transcript/rules';
import { countChars } from '../transcript/text';
import { clampWords, realignWords, tokenize, wordRanges } from './words';

/**
 * Cue operations on one track. Each returns a new track (the input is never changed) and returns the same
 * track object when there is nothing to do, so callers can skip an undo step. Times stay integer ms ≥ 0.
 */
export type EditorRules = SegmentationRules;

const indexOf = (track: Track, cueId: string): number => track.cues.findIndex((cue) => cue.id === cueId);

function replaceCues(track: Track, from: number, count: number, cues: readonly Cue[]): Track {
  const next = track.cues.slice();
  next.splice(from, count, ...cues);
  return { ...track, cues: next };
}

/** An id not used in the track: `base-2`, `base-3`, … */
export function uniqueCueId(track: Track, base: string): string {
  const used = new Set(track.cues.map((cue) => cue.id));
  const stem = base.replace(/-\d+$/, '');
  for (let n = 2; ; n++) if (!used.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

/** Sets a cue's text; its words follow the edit (see realignWords: a changed word loses its uncertainty). */
export function editText(track: Track, cueId: string, text: string): Track {
  const index = indexOf(track, cueId);
  const cue = track.cues[index];
  if (!cue || cue.text === text) return track;
  const words = realignWords(cue.words, text, cue);
  return replaceCues(track, index, 1, [{ ...cue, text, words }]);
}

/**
 * Splits a cue at a caret offset in its text. The time is split at the first word after the caret when the
 * cue has words, else in proportion to the characters on each side; the first part ends `gapMs` before the
 * second starts (when it can). The second part gets a new id. Nothing happens when a side would be empty.
 */
export function splitCue(
  track: Track,
  cueId: string,
  caret: number,
  gapMs = defaultSegmentationRules.minGapMs,
): Track {
  const index = indexOf(track, cueId);
  const cue = track.cues[index];
  if (!cue) return track;
  const leftText = cue.text.slice(0, caret).trim();
  const rightText = cue.text.slice(caret).trim();
  if (leftText === '' || rightText === '') return track;
  const ranges = wordRanges(cue);
  // A word the caret falls inside stays on the side holding most of it.
  const goesLeft = cue.words.map((_, at) => {
    const range = ranges[at];
    return range !== undefined && range.start + range.end <= 2 * caret;
  });
  const leftWords = cue.words.filter((_, at) => goesLeft[at]);
  const rightWords = cue.words.filter((_, at) => !goesLeft[at]);
  const duration = cue.endMs - cue.startMs;
  let splitMs: number;
  const firstRight = rightWords[0];
  if (firstRight && leftWords.length > 0) splitMs = firstRight.startMs;
  else {
    const leftChars = countChars(leftText);
    splitMs = cue.startMs + Math.round((duration * leftChars) / (leftChars + countChars(rightText)));
  }
  splitMs = Math.min(cue.endMs, Math.max(cue.startMs, splitMs));
  const leftEnd = splitMs - gapMs > cue.startMs ? splitMs - gapMs : splitMs;
  const left: Cue = {
    ...cue,
    text: leftText,
    endMs: leftEnd,
    words: clampWords(realignWords(leftWords, leftText), cue.startMs, leftEnd),
  };
  const right: Cue = {
    ...cue,
    id: uniqueCueId(track, cue.id),
    text: rightText,
    startMs: splitMs,
    words: clampWords(realignWords(rightWords, rightText), splitMs, cue.endMs),
  };
  return replaceCues(track, index, 1, [left, right]);
}

/** Merges a cue with the one after it: texts joined and laid out again in lines, words and times combined. */
export function mergeWithNext(
  track: Track,
  cueId: string,
  rules: EditorRules = defaultSegmentationRules,
): Track {
  const index = indexOf(track, cueId);
  const cue = track.cues[index];
  const next = track.cues[index + 1];
  if (!cue || !next) return track;
  const tokens = tokenize(`${cue.text} ${next.text}`).map((token) => token.text);
  const merged: Cue = {
    ...cue,
    text: layoutLines(tokens, rules).join('\n'),
    startMs: Math.min(cue.startMs, next.startMs),
    endMs: Math.max(cue.endMs, next.endMs),
    words: [...cue.words, ...next.words],
  };
  return replaceCues(track, index, 2, [merged]);
}

/**
 * Inserts an empty cue after `cueId` (or at the start when undefined): `gapMs` after it, lasting up to
 * `durationMs` but not into the next cue. With no room it still gets `rules.minDurationMs` (QC flags it).
 */
export function insertCueAfter(
  track: Track,
  cueId: string | undefined,
  rules: EditorRules = defaultSegmentationRules,
  durationMs = 2000,
): { track: Track; cueId: string } {
  const index = cueId === undefined ? -1 : indexOf(track, cueId);
  const previous = track.cues[index];
  const next = track.cues[index + 1];
  const startMs = previous ? previous.endMs + rules.minGapMs : 0;
  let endMs = startMs + durationMs;
  if (next) endMs = Math.min(endMs, next.startMs - rules.minGapMs);
  if (endMs <= startMs) endMs = startMs + rules.minDurationMs;
  const id = uniqueCueId(track, previous?.id ?? 'cue');
  const cue: Cue = { id, startMs, endMs, text: '', words: [] };
  return { track: replaceCues(track, index + 1, 0, [cue]), cueId: id };
}

export function deleteCues(track: Track, cueIds: readonly string[]): Track {
  const gone = new Set(cueIds);
  const cues = track.cues.filter((cue) => !gone.has(cue.id));
  return cues.length === track.cues.length ? track : { ...track, cues };
}

/**
 * Sets a cue's in and/or out time (a waveform edge drag), clamped: not before 0 nor before the previous cue's
 * out + `gapMs`, not after the next cue's in − `gapMs`, and at least `minLengthMs` long. A cue that already
 * overlaps a neighbour is not pulled further into it. Words are kept inside the cue.
 */
export function setCueTimes(
  track: Track,
  cueId: string,
  times: { startMs?: number; endMs?: number },
  gapMs = defaultSegmentationRules.minGapMs,
  minLengthMs = 100,
): Track {
  const index = indexOf(track, cueId);
  const cue = track.cues[index];
  if (!cue) return track;
  const previous = track.cues[index - 1];
  const next = track.cues[index + 1];
  const floor = previous ? Math.min(previous.endMs + gapMs, cue.startMs) : 0;
  const ceiling = next ? Math.max(next.startMs - gapMs, cue.endMs) : Infinity;
  let endMs = Math.round(times.endMs ?? cue.endMs);
  let startMs = Math.round(times.startMs ?? cue.startMs);
  startMs = Math.max(floor, startMs);
  endMs = Math.min(ceiling, endMs);
  if (times.startMs !== undefined && times.endMs === undefined)
    startMs = Math.min(startMs, endMs - minLengthMs);
  else endMs = Math.max(endMs, startMs + minLengthMs);
  startMs = Math.max(0, startMs);
  if (startMs === cue.startMs && endMs === cue.endMs) return track;
  return replaceCues(track, index, 1, [
    { ...cue, startMs, endMs, words: clampWords(cue.words, startMs, endMs) },
  ]);
}

/** Moves a whole cue (a waveform region drag) by `deltaMs`, keeping its length, clamped between neighbours. */
export function moveCue(
  track: Track,
  cueId: string,
  deltaMs: number,
  gapMs = defaultSegmentationRules.minGapMs,
): Track {
  const index = indexOf(track, cueId);
  const cue = track.cues[index];
  if (!cue) return track;
  const previous = track.cues[index - 1];
  const next = track.cues[index + 1];
  const minDelta = Math.min(0, (previous ? Math.min(previous.endMs + gapMs, cue.startMs) : 0) - cue.startMs);
  const maxDelta = next ? Math.max(0, next.startMs - gapMs - cue.endMs) : Infinity;
  const delta = Math.round(Math.min(maxDelta, Math.max(minDelta, deltaMs)));
  if (delta === 0) return track;
  const startMs = cue.startMs + delta;
  const endMs = cue.endMs + delta;
  return replaceCues(track, index, 1, [
    { ...cue, startMs, endMs, words: clampWords(cue.words, startMs, endMs, delta) },
  ]);
}

/** Moves one edge of a cue by `deltaMs` (nudge in/out with the keyboard), with setCueTimes' clamping. */
export function nudgeCue(
  track: Track,
  cueId: string,
  edge: 'start' | 'end',
  deltaMs: number,
  gapMs?: number,
): Track {
  const cue = track.cues[indexOf(track, cueId)];
  if (!cue) return track;
  return setCueTimes(
    track,
    cueId,
    edge === 'start' ? { startMs: cue.startMs + deltaMs } : { endMs: cue.endMs + deltaMs },
    gapMs,
  );
}
