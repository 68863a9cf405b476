import type { Cue } from './model';

/**
 * Signs that whisper invented a cue, for the editor's quality checks (shared/editor/hallucinationQc.ts):
 * - a loop: the same phrase of 1–6 words said three or more times in a row ("thank you thank you thank you"),
 *   within one cue or across consecutive cues;
 * - text over silence: the cue's sound is quieter than `silenceDbfs` for most of its time.
 * Pure; the engine supplies the loudness of the recording (`LoudnessWindow`s from its WAV, media.loudness).
 */
export type HallucinationReason = 'repeated-phrase' | 'text-over-silence';

export interface LoudnessWindow {
  startMs: number;
  endMs: number;
  /** RMS level in dBFS (−∞ for digital silence). */
  rmsDbfs: number;
}

export const hallucinationRules = {
  minRepeats: 3,
  maxPhraseWords: 6,
  /** Quieter than this (RMS) is silence (speech sits far above; room tone near −60 dBFS). */
  silenceDbfs: -50,
  /** Share of the cue's time that must be silent. */
  silentShare: 0.8,
} as const;

/** Why one cue looks invented, with what was measured (the UI words it). */
export type HallucinationFinding =
  | {
      reason: 'repeated-phrase';
      /** The phrase and how many times it is said in a row. */
      phrase: string;
      times: number;
      /** True when the loop is inside this cue's own text (removing the copies keeps one); false: across cues. */
      withinCue: boolean;
    }
  | {
      reason: 'text-over-silence';
      /** Percent (0–100, rounded down) of the cue's time quieter than silenceDbfs. */
      silentPercent: number;
    };

const SEPARATORS = /[\s.,!?،۔؟…"'()[\]]+/u;

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .split(SEPARATORS)
    .filter((word) => word !== '');

/** Each cue's words, kept while the cue lives: a cue is read as itself and as both neighbours' context. */
const cueWordsCache = new WeakMap<Cue, readonly string[]>();
function cueWords(cue: Cue): readonly string[] {
  let found = cueWordsCache.get(cue);
  if (found === undefined) {
    found = words(cue.text);
    cueWordsCache.set(cue, found);
  }
  return found;
}

/** Whether the `size` words at `a` are the same as the `size` words at `b`. */
const sameWords = (list: readonly string[], a: number, b: number, size: number): boolean => {
  for (let offset = 0; offset < size; offset++) if (list[a + offset] !== list[b + offset]) return false;
  return true;
};

/**
 * The longest run of one phrase repeated back to back in these words: how many times, the phrase, where.
 * Compares words in place (no slices): the editor runs it on every cue and its neighbours.
 */
export function longestRepeat(list: readonly string[]): {
  times: number;
  phrase: string;
  start: number;
  size: number;
} {
  let best = { times: 1, start: 0, size: 0 };
  for (let size = 1; size <= hallucinationRules.maxPhraseWords; size++) {
    for (let start = 0; start + 2 * size <= list.length; start++) {
      let times = 1;
      while (start + (times + 1) * size <= list.length && sameWords(list, start, start + times * size, size))
        times++;
      if (times > best.times) best = { times, start, size };
    }
  }
  return { ...best, phrase: list.slice(best.start, best.start + best.size).join(' ') };
}

/** Whether the cue at `index` looks invented, and why; undefined when it does not. */
export function checkHallucination(
  cues: readonly Cue[],
  index: number,
  loudness: readonly LoudnessWindow[] = [],
): HallucinationFinding | undefined {
  const cue = cues[index];
  if (!cue) return undefined;
  const ownWords = cueWords(cue);
  if (ownWords.length === 0) return undefined;
  const own = longestRepeat(ownWords);
  if (own.times >= hallucinationRules.minRepeats)
    return { reason: 'repeated-phrase', phrase: own.phrase, times: own.times, withinCue: true };
  const context = [cues[index - 1], cue, cues[index + 1]]
    .filter((item): item is Cue => item !== undefined)
    .flatMap((item) => cueWords(item));
  const around = longestRepeat(context);
  if (around.times >= hallucinationRules.minRepeats + 1 && ownWords.join(' ').includes(around.phrase))
    return { reason: 'repeated-phrase', phrase: around.phrase, times: around.times, withinCue: false };
  const share = silentShare(cue, loudness);
  if (share >= hallucinationRules.silentShare)
    return { reason: 'text-over-silence', silentPercent: Math.floor(share * 100) };
  return undefined;
}

/** The cues that look invented, each with why. `loudness` may be empty (then only loops are found). */
export function findHallucinations(
  cues: readonly Cue[],
  loudness: readonly LoudnessWindow[] = [],
): { cueId: string; reason: HallucinationReason }[] {
  return cues.flatMap((cue, index) => {
    const finding = checkHallucination(cues, index, loudness);
    return finding ? [{ cueId: cue.id, reason: finding.reason }] : [];
  });
}

/** The first window that ends after `timeMs` (windows are in time order and do not overlap). */
function firstWindowAfter(loudness: readonly LoudnessWindow[], timeMs: number): number {
  let low = 0;
  let high = loudness.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (loudness[middle]!.endMs <= timeMs) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Share (0–1) of the cue's time covered by windows quieter than silenceDbfs; only the cue's windows are read. */
export function silentShare(
  cue: Pick<Cue, 'startMs' | 'endMs'>,
  loudness: readonly LoudnessWindow[],
): number {
  const durationMs = cue.endMs - cue.startMs;
  if (durationMs <= 0 || loudness.length === 0) return 0;
  let silentMs = 0;
  for (let at = firstWindowAfter(loudness, cue.startMs); at < loudness.length; at++) {
    const window = loudness[at]!;
    if (window.startMs >= cue.endMs) break;
    const overlapMs = Math.min(window.endMs, cue.endMs) - Math.max(window.startMs, cue.startMs);
    if (overlapMs > 0 && window.rmsDbfs < hallucinationRules.silenceDbfs) silentMs += overlapMs;
  }
  return silentMs / durationMs;
}
