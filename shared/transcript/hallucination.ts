import type { Cue } from './model';

/**
 * Signs that whisper invented a cue, for the editor's quality checks (not wired to the editor yet):
 * - a loop: the same phrase of 1–6 words said three or more times in a row ("thank you thank you thank you"),
 *   within one cue or across consecutive cues;
 * - text over silence: the cue's sound is quieter than `silenceDbfs` for most of its time.
 * Pure; the engine supplies the loudness of the recording (`LoudnessWindow`s from its WAV).
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
  /** Quieter than this is silence (whisper's speech is far louder; room tone sits near −60 dBFS). */
  silenceDbfs: -50,
  /** Share of the cue's time that must be silent. */
  silentShare: 0.8,
} as const;

const words = (text: string): string[] =>
  text
    .toLocaleLowerCase()
    .replace(/[.,!?،۔؟…"'()[\]]/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '');

/** The longest run of one phrase repeated back to back in these words: how many times, and the phrase. */
export function longestRepeat(list: readonly string[]): { times: number; phrase: string } {
  let best = { times: 1, phrase: '' };
  for (let size = 1; size <= hallucinationRules.maxPhraseWords; size++) {
    for (let start = 0; start + size <= list.length; start++) {
      const phrase = list.slice(start, start + size).join(' ');
      let times = 1;
      while (list.slice(start + times * size, start + (times + 1) * size).join(' ') === phrase) times++;
      if (times > best.times) best = { times, phrase };
    }
  }
  return best;
}

/** The cues that look invented, each with why. `loudness` may be empty (then only loops are found). */
export function findHallucinations(
  cues: readonly Cue[],
  loudness: readonly LoudnessWindow[] = [],
): { cueId: string; reason: HallucinationReason }[] {
  const found: { cueId: string; reason: HallucinationReason }[] = [];
  cues.forEach((cue, index) => {
    const context = [cues[index - 1], cue, cues[index + 1]]
      .filter((item): item is Cue => item !== undefined)
      .flatMap((item) => words(item.text));
    const own = longestRepeat(words(cue.text));
    const around = longestRepeat(context);
    if (
      own.times >= hallucinationRules.minRepeats ||
      (around.times >= hallucinationRules.minRepeats + 1 && words(cue.text).join(' ').includes(around.phrase))
    ) {
      found.push({ cueId: cue.id, reason: 'repeated-phrase' });
      return;
    }
    if (words(cue.text).length > 0 && silentShare(cue, loudness) >= hallucinationRules.silentShare)
      found.push({ cueId: cue.id, reason: 'text-over-silence' });
  });
  return found;
}

function silentShare(cue: Cue, loudness: readonly LoudnessWindow[]): number {
  const durationMs = cue.endMs - cue.startMs;
  if (durationMs <= 0 || loudness.length === 0) return 0;
  let silentMs = 0;
  for (const window of loudness) {
    const overlapMs = Math.min(window.endMs, cue.endMs) - Math.max(window.startMs, cue.startMs);
    if (overlapMs > 0 && window.rmsDbfs < hallucinationRules.silenceDbfs) silentMs += overlapMs;
  }
  return silentMs / durationMs;
}
