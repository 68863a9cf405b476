/**
 * When whisper skips silence (voice activity detection). One rule, used by the app, the CLI and the job:
 * - "on" / "off": what the person chose;
 * - "auto" (the default): on for recordings longer than a minute, where silence costs real time and is
 *   where whisper invents text; off for short clips, which are mostly speech anyway.
 * It needs a whisper build with --vad and the VAD model: without them "on" is refused (the caller says what
 * to do) and "auto" runs without VAD and says why.
 */
export type VadChoice = 'auto' | 'on' | 'off';
export const vadChoices: readonly VadChoice[] = ['auto', 'on', 'off'];

/** Recordings longer than this use VAD under "auto". */
export const VAD_AUTO_MIN_DURATION_MS = 60_000;

export type VadDecision =
  | { use: true; reason: 'chosen' | 'long-recording' }
  | { use: false; reason: 'chosen' | 'short-recording' }
  | { use: false; reason: 'no-vad-build' | 'no-vad-model'; refused: boolean };

export function decideVad(input: {
  choice: VadChoice;
  durationMs: number;
  buildHasVad: boolean;
  modelInstalled: boolean;
}): VadDecision {
  if (input.choice === 'off') return { use: false, reason: 'chosen' };
  const wanted = input.choice === 'on' || input.durationMs > VAD_AUTO_MIN_DURATION_MS;
  if (!wanted) return { use: false, reason: 'short-recording' };
  const refused = input.choice === 'on';
  if (!input.buildHasVad) return { use: false, reason: 'no-vad-build', refused };
  if (!input.modelInstalled) return { use: false, reason: 'no-vad-model', refused };
  return { use: true, reason: input.choice === 'on' ? 'chosen' : 'long-recording' };
}
