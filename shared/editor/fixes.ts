import { layoutLines } from '../transcript/lineBreak';
import type { Track } from '../transcript/model';
import type { SegmentationRules } from '../transcript/rules';
import { checkCue, latestEndMs, neededMs, type FixKind } from './qc';
import { tokenize } from './words';

/**
 * Applies one safe fix to a cue. Fixes never change words' text and never move another cue:
 * - rebreak: lays the text out again in lines (layoutLines), when it fits the line rules;
 * - extend: moves the out later to the minimum duration and readable speed, when the next cue leaves room;
 * - trim-end: moves the out earlier to leave the minimum gap before the next cue (overlaps, tiny gaps);
 * - chain: closes a small gap to exactly the minimum gap by moving the out later.
 * Returns the same track when the fix no longer applies.
 */
export function applyFix(track: Track, cueId: string, fix: FixKind, rules: SegmentationRules): Track {
  const index = track.cues.findIndex((cue) => cue.id === cueId);
  const cue = track.cues[index];
  if (!cue) return track;
  const next = track.cues[index + 1];
  let changed = cue;
  switch (fix) {
    case 'rebreak': {
      const text = layoutLines(
        tokenize(cue.text).map((token) => token.text),
        rules,
      ).join('\n');
      changed = text === cue.text ? cue : { ...cue, text };
      break;
    }
    case 'extend': {
      const endMs = Math.min(cue.startMs + neededMs(cue, rules), latestEndMs(cue, next, rules));
      changed = endMs > cue.endMs ? { ...cue, endMs } : cue;
      break;
    }
    case 'trim-end':
    case 'chain': {
      if (!next) break;
      const endMs = next.startMs - rules.minGapMs;
      const allowed = fix === 'chain' ? endMs > cue.endMs : endMs < cue.endMs && endMs > cue.startMs;
      if (allowed) {
        const words = cue.words.map((word) => ({
          ...word,
          startMs: Math.min(word.startMs, endMs),
          endMs: Math.min(word.endMs, endMs),
        }));
        changed = { ...cue, endMs, words };
      }
      break;
    }
  }
  if (changed === cue) return track;
  const cues = track.cues.slice();
  cues[index] = changed;
  return { ...track, cues };
}

/**
 * Applies every offered fix (of `kinds`, or all), cue by cue, re-checking the cue after each fix (a fix may
 * solve or change the next problem). Fixes touch only their own cue's text and out time, so the cues before
 * stay checked.
 */
export function applyAllFixes(track: Track, rules: SegmentationRules, kinds?: readonly FixKind[]): Track {
  let current = track;
  for (let index = 0; index < current.cues.length; index++) {
    const tried = new Set<FixKind>();
    for (;;) {
      const cue = current.cues[index]!;
      const fix = checkCue(current.id, cue, current.cues[index + 1], rules)
        .map((problem) => problem.fix)
        .find(
          (candidate) =>
            candidate !== undefined && !tried.has(candidate) && (kinds?.includes(candidate) ?? true),
        );
      if (fix === undefined) break;
      tried.add(fix);
      current = applyFix(current, cue.id, fix, rules);
    }
  }
  return current;
}
