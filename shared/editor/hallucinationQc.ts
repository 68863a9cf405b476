import {
  checkHallucination,
  hallucinationRules,
  longestRepeat,
  type LoudnessWindow,
} from '../transcript/hallucination';
import type { Cue, Track, Transcript } from '../transcript/model';
import { deleteCues, editText } from './cueOps';
import type { Problem } from './qc';
import { withTrack } from './transcriptOps';

/**
 * Possible hallucinations as QC problems (kinds 'repeated-phrase' and 'text-over-silence', warnings), and
 * their removal. Removal happens only when the person clicks Remove: a cue over silence, or a cue that is
 * part of a loop across cues, is deleted; a loop inside one cue keeps its first copy and loses the others.
 */
export function hallucinationProblem(
  trackId: string,
  cues: readonly Cue[],
  index: number,
  loudness: readonly LoudnessWindow[],
): Problem | undefined {
  const cue = cues[index];
  const finding = checkHallucination(cues, index, loudness);
  if (!cue || !finding) return undefined;
  if (finding.reason === 'repeated-phrase') {
    return {
      trackId,
      cueId: cue.id,
      kind: 'repeated-phrase',
      severity: 'warning',
      actual: finding.times,
      limit: hallucinationRules.minRepeats,
      phrase: finding.phrase,
      message: `Possible hallucination: "${finding.phrase}" ${finding.times} times in a row.`,
      remove: finding.withinCue ? 'repeats' : 'cue',
    };
  }
  const limit = Math.round(hallucinationRules.silentShare * 100);
  return {
    trackId,
    cueId: cue.id,
    kind: 'text-over-silence',
    severity: 'warning',
    actual: finding.silentPercent,
    limit,
    message: `Possible hallucination: text over silence (${finding.silentPercent}% of its time is quieter than ${hallucinationRules.silenceDbfs} dBFS).`,
    remove: 'cue',
  };
}

/** The possible hallucinations of a whole track, in cue order. */
export function trackHallucinations(track: Track, loudness: readonly LoudnessWindow[]): Problem[] {
  return track.cues.flatMap(
    (_cue, index) => hallucinationProblem(track.id, track.cues, index, loudness) ?? [],
  );
}

const WORD = /[^\s.,!?،۔؟…"'()[\]]+/gu;

/**
 * The text with every loop of a phrase said minRepeats or more times in a row cut to its first copy:
 * "Thank you. Thank you. Thank you." → "Thank you."; the text around the loop and the last copy's
 * punctuation stay.
 */
export function collapseRepeats(text: string): string {
  let current = text;
  for (;;) {
    const spans = [...current.matchAll(WORD)].map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
    }));
    const repeat = longestRepeat(
      spans.map((span) => current.slice(span.start, span.end).toLocaleLowerCase()),
    );
    if (repeat.times < hallucinationRules.minRepeats) return current;
    const firstCopyEnd = spans[repeat.start + repeat.size - 1]!.end;
    const lastCopyEnd = spans[repeat.start + repeat.size * repeat.times - 1]!.end;
    current = current.slice(0, firstCopyEnd) + current.slice(lastCopyEnd);
  }
}

/** One problem's removal on the track as it is now (the same track when there is nothing to remove). */
export function removeHallucination(track: Track, problem: Pick<Problem, 'cueId' | 'remove'>): Track {
  const cue = track.cues.find((candidate) => candidate.id === problem.cueId);
  if (!cue || problem.remove === undefined) return track;
  if (problem.remove === 'cue') return deleteCues(track, [cue.id]);
  return editText(track, cue.id, collapseRepeats(cue.text));
}

/** Every given problem's removal, all tracks, as one new transcript (one undo step for the caller). */
export function removeHallucinations(transcript: Transcript, problems: readonly Problem[]): Transcript {
  return problems
    .filter((problem) => problem.remove !== undefined)
    .reduce(
      (current, problem) =>
        withTrack(current, problem.trackId, (track) => removeHallucination(track, problem)),
      transcript,
    );
}

const cueIndexes = new WeakMap<Track, Map<string, number>>();

/** A track's cue id → index, made once per track object. */
function cueIndexOf(track: Track): Map<string, number> {
  let index = cueIndexes.get(track);
  if (!index) {
    index = new Map(track.cues.map((cue, position) => [cue.id, position]));
    cueIndexes.set(track, index);
  }
  return index;
}

/**
 * Two problem lists, each in track and cue order, merged into one in that order (F8 walks it); within a cue
 * the first list's problems come first.
 */
export function mergeProblems(
  tracks: readonly Track[],
  first: readonly Problem[],
  second: readonly Problem[],
): Problem[] {
  if (second.length === 0) return first as Problem[];
  if (first.length === 0) return second as Problem[];
  // A cue's place: its track's, then its own in the track (each track's index is kept while the track is
  // unchanged, so typing in one track does not re-index the other).
  const trackIndex = new Map(tracks.map((track, index) => [track.id, index]));
  const last = Number.MAX_SAFE_INTEGER;
  const rank = (problem: Problem): number => {
    const index = trackIndex.get(problem.trackId);
    const track = index === undefined ? undefined : tracks[index];
    const cueIndex = track ? cueIndexOf(track).get(problem.cueId) : undefined;
    return index === undefined || cueIndex === undefined ? last : index * 1_000_000 + cueIndex;
  };
  const merged: Problem[] = [];
  let a = 0;
  let b = 0;
  while (a < first.length || b < second.length) {
    const left = first[a];
    const right = second[b];
    if (right === undefined || (left !== undefined && rank(left) <= rank(right))) {
      merged.push(left!);
      a++;
    } else {
      merged.push(right);
      b++;
    }
  }
  return merged;
}
