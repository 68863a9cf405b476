import { useMemo, useRef } from 'react';
import { checkCue, type Problem } from '../../../shared/editor/qc';
import type { Cue, Track, Transcript } from '../../../shared/transcript/model';
import type { SegmentationRules } from '../../../shared/transcript/rules';

interface Cached {
  next: Cue | undefined;
  rules: SegmentationRules;
  problems: Problem[];
}

/**
 * QC problems of every track, re-checked only for cues that changed: an edit makes a new cue object, and a
 * cue's problems depend only on it, the cue after it and the rules, so the rest come from the cache. A track
 * that did not change (the other track while typing) gives back its whole list from the cache.
 */
export function useProblems(
  transcript: Transcript | null | undefined,
  rulesFor: (trackId: string) => SegmentationRules,
): Problem[] {
  const cache = useRef(new WeakMap<Cue, Cached>());
  const trackCache = useRef(new WeakMap<Track, { rules: SegmentationRules; problems: Problem[] }>());
  return useMemo(() => {
    if (!transcript) return [];
    const all: Problem[] = [];
    for (const track of transcript.tracks) {
      const rules = rulesFor(track.id);
      const known = trackCache.current.get(track);
      if (known && known.rules === rules) {
        for (const problem of known.problems) all.push(problem);
        continue;
      }
      const problems: Problem[] = [];
      track.cues.forEach((cue, index) => {
        const next = track.cues[index + 1];
        const hit = cache.current.get(cue);
        let found = hit && hit.next === next && hit.rules === rules ? hit.problems : undefined;
        if (!found) {
          found = checkCue(track.id, cue, next, rules);
          cache.current.set(cue, { next, rules, problems: found });
        }
        for (const problem of found) problems.push(problem);
      });
      trackCache.current.set(track, { rules, problems });
      for (const problem of problems) all.push(problem);
    }
    return all;
  }, [transcript, rulesFor]);
}
