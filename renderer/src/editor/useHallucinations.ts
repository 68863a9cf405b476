import { useMemo, useRef } from 'react';
import { hallucinationProblem, mergeProblems } from '../../../shared/editor/hallucinationQc';
import type { Problem } from '../../../shared/editor/qc';
import type { LoudnessWindow } from '../../../shared/transcript/hallucination';
import type { Cue, Transcript } from '../../../shared/transcript/model';

interface Cached {
  previous: Cue | undefined;
  next: Cue | undefined;
  loudness: readonly LoudnessWindow[];
  problem: Problem | undefined;
}

/**
 * The QC problems with the possible hallucinations merged in, in cue order. Called with the deferred
 * (settled) transcript, like useProblems, so it stays off the keystroke path; a cue is re-checked only when
 * it, a neighbour (loops across cues) or the loudness changed.
 */
export function useHallucinations(
  transcript: Transcript | null | undefined,
  problems: Problem[],
  loudness: readonly LoudnessWindow[],
): Problem[] {
  const cache = useRef(new WeakMap<Cue, Cached>());
  const suspects = useMemo(() => {
    if (!transcript) return [];
    return transcript.tracks.flatMap((track) =>
      track.cues.flatMap((cue, index) => {
        const previous = track.cues[index - 1];
        const next = track.cues[index + 1];
        const hit = cache.current.get(cue);
        if (hit && hit.previous === previous && hit.next === next && hit.loudness === loudness)
          return hit.problem ?? [];
        const problem = hallucinationProblem(track.id, track.cues, index, loudness);
        cache.current.set(cue, { previous, next, loudness, problem });
        return problem ?? [];
      }),
    );
  }, [transcript, loudness]);
  return useMemo(
    () => mergeProblems(transcript?.tracks ?? [], problems, suspects),
    [transcript, problems, suspects],
  );
}
