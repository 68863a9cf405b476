import { fitsLines } from '../transcript/lineBreak';
import type { Cue, Track } from '../transcript/model';
import type { SegmentationRules } from '../transcript/rules';
import { countChars } from '../transcript/text';
import { cueChars, readingSpeedCps } from '../transcript/timing';
import { tokenize } from './words';

/** What can be wrong with a cue (GUIDELINES.md's subtitle rules). */
export const problemKinds = [
  'empty',
  'line-too-long',
  'too-many-lines',
  'too-fast',
  'too-short',
  'too-long',
  'overlap',
  'gap-too-small',
  'chainable-gap',
  // Possible hallucinations (shared/editor/hallucinationQc.ts): found apart from the checks below.
  'repeated-phrase',
  'text-over-silence',
] as const;
export type ProblemKind = (typeof problemKinds)[number];

/** One-click fixes that never lose text and never move another cue. */
export type FixKind = 'rebreak' | 'extend' | 'trim-end' | 'chain';

export interface Problem {
  trackId: string;
  cueId: string;
  kind: ProblemKind;
  /** 'error' breaks a rule; 'warning' is a style the guidelines ask for (chaining small gaps). */
  severity: 'error' | 'warning';
  /** What was measured and the limit it broke (characters, lines, cps or ms); the UI words it per language. */
  actual: number;
  limit: number;
  /** English, for logs and the CLI. */
  message: string;
  fix?: FixKind;
  /** A possible hallucination's one-click removal: delete the cue, or keep one copy of a loop inside it. */
  remove?: RemovalKind;
  /** The phrase a loop repeats (repeated-phrase only). */
  phrase?: string;
}

/** How a possible hallucination is removed (only when the person clicks Remove). */
export type RemovalKind = 'cue' | 'repeats';

type Check = Omit<Problem, 'trackId' | 'cueId'>;

/** Time the cue needs on screen: the minimum duration, and enough to read its text at maxCps. */
export const neededMs = (cue: Pick<Cue, 'text'>, rules: SegmentationRules): number =>
  Math.max(rules.minDurationMs, Math.ceil((cueChars(cue.text) * 1000) / rules.maxCps));

/** The latest out time a cue may take without breaking the gap to the next cue or the maximum duration. */
export const latestEndMs = (cue: Cue, next: Cue | undefined, rules: SegmentationRules): number =>
  Math.min(cue.startMs + rules.maxDurationMs, next ? next.startMs - rules.minGapMs : Infinity);

function textChecks(cue: Cue, rules: SegmentationRules): Check[] {
  if (cue.text.trim() === '')
    return [{ kind: 'empty', severity: 'error', actual: 0, limit: 1, message: 'The cue has no text.' }];
  const checks: Check[] = [];
  const lines = cue.text.split('\n');
  // Only a cue with a line problem needs to know whether a re-break would fit (line breaking is the costly part).
  let fits: boolean | undefined;
  const canRebreak = () =>
    (fits ??= fitsLines(
      tokenize(cue.text).map((token) => token.text),
      rules,
    ));
  const longest = Math.max(...lines.map(countChars));
  if (longest > rules.maxCharsPerLine) {
    checks.push({
      kind: 'line-too-long',
      severity: 'error',
      actual: longest,
      limit: rules.maxCharsPerLine,
      message: `A line has ${longest} characters (limit ${rules.maxCharsPerLine}).`,
      ...(canRebreak() ? { fix: 'rebreak' as const } : {}),
    });
  }
  if (lines.length > rules.maxLines) {
    checks.push({
      kind: 'too-many-lines',
      severity: 'error',
      actual: lines.length,
      limit: rules.maxLines,
      message: `${lines.length} lines (limit ${rules.maxLines}).`,
      ...(canRebreak() ? { fix: 'rebreak' as const } : {}),
    });
  }
  return checks;
}

function timeChecks(cue: Cue, next: Cue | undefined, rules: SegmentationRules): Check[] {
  const checks: Check[] = [];
  const durationMs = cue.endMs - cue.startMs;
  const roomToGrow = latestEndMs(cue, next, rules) >= cue.startMs + neededMs(cue, rules);
  const extend = roomToGrow ? { fix: 'extend' as const } : {};
  const cps = readingSpeedCps(cue);
  if (cue.text.trim() !== '' && cps > rules.maxCps) {
    const rounded = Math.round(cps * 10) / 10;
    checks.push({
      kind: 'too-fast',
      severity: 'error',
      actual: rounded,
      limit: rules.maxCps,
      message: `Reading speed ${rounded} characters per second (limit ${rules.maxCps}).`,
      ...extend,
    });
  }
  if (durationMs < rules.minDurationMs) {
    checks.push({
      kind: 'too-short',
      severity: 'error',
      actual: durationMs,
      limit: rules.minDurationMs,
      message: `On screen ${durationMs} ms (at least ${rules.minDurationMs} ms).`,
      ...extend,
    });
  }
  if (durationMs > rules.maxDurationMs) {
    checks.push({
      kind: 'too-long',
      severity: 'error',
      actual: durationMs,
      limit: rules.maxDurationMs,
      message: `On screen ${durationMs} ms (at most ${rules.maxDurationMs} ms): split it.`,
    });
  }
  if (!next) return checks;
  const gapMs = next.startMs - cue.endMs;
  // Trimming the out to make the gap is safe only while the cue stays long enough.
  const trim =
    next.startMs - rules.minGapMs - cue.startMs >= rules.minDurationMs ? { fix: 'trim-end' as const } : {};
  if (gapMs < 0) {
    checks.push({
      kind: 'overlap',
      severity: 'error',
      actual: -gapMs,
      limit: 0,
      message: `Overlaps the next cue by ${-gapMs} ms.`,
      ...trim,
    });
  } else if (gapMs < rules.minGapMs) {
    checks.push({
      kind: 'gap-too-small',
      severity: 'error',
      actual: gapMs,
      limit: rules.minGapMs,
      message: `Gap to the next cue ${gapMs} ms (at least ${rules.minGapMs} ms).`,
      ...trim,
    });
  } else if (gapMs > rules.minGapMs && gapMs <= rules.chainGapMs) {
    const fits = next.startMs - rules.minGapMs - cue.startMs <= rules.maxDurationMs;
    checks.push({
      kind: 'chainable-gap',
      severity: 'warning',
      actual: gapMs,
      limit: rules.minGapMs,
      message: `Gap to the next cue ${gapMs} ms: close it to ${rules.minGapMs} ms (chaining).`,
      ...(fits ? { fix: 'chain' as const } : {}),
    });
  }
  return checks;
}

/** Problems of one cue (its neighbour after it is needed for overlaps and gaps). */
export function checkCue(
  trackId: string,
  cue: Cue,
  next: Cue | undefined,
  rules: SegmentationRules,
): Problem[] {
  return [...textChecks(cue, rules), ...timeChecks(cue, next, rules)].map((check) => ({
    trackId,
    cueId: cue.id,
    ...check,
  }));
}

/** Every problem of a track, in cue order. */
export function checkTrack(track: Track, rules: SegmentationRules): Problem[] {
  return track.cues.flatMap((cue, index) => checkCue(track.id, cue, track.cues[index + 1], rules));
}
