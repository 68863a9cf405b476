import { useMemo, useRef } from 'react';
import { checkCue, type Problem } from '../../../shared/editor/qc';
import type { Cue, Transcript } from '../../../shared/transcript/model';
import type { SegmentationRules } from '../../../shared/transcript/rules';

interface Cached {
  next: Cue | undefined;
  rules: SegmentationRules;
  problems: Problem[];
}

/**
 * QC problems of every track, re-checked only for cues that changed: an edit makes a new cue object, and a
 * cue's problems depend only on it, the cue after it and the rules, so the rest come from the cache.
 */
export function useProblems(
  transcript: Transcript | null | undefined,
  rulesFor: (trackId: string) => SegmentationRules,
): Problem[] {
  const cache = useRef(new WeakMap<Cue, Cached>());
  return useMemo(() => {
    if (!transcript) return [];
    return transcript.tracks.flatMap((track) => {
      const rules = rulesFor(track.id);
      return track.cues.flatMap((cue, index) => {
        const next = track.cues[index + 1];
        const hit = cache.current.get(cue);
        if (hit && hit.next === next && hit.rules === rules) return hit.problems;
        const problems = checkCue(track.id, cue, next, rules);
        cache.current.set(cue, { next, rules, problems });
        return problems;
      });
    });
  }, [transcript, rulesFor]);
}
