import { engineError } from '../../../shared/errorTexts';
import type { LoudnessWindow } from '../../../shared/transcript/hallucination';
import { readWavHeader, wavSampleBlocks } from './wavSamples';

/** 100 ms: short enough to find the pause between two sentences, 36,000 windows for an hour. */
export const DEFAULT_LOUDNESS_WINDOW_MS = 100;

/**
 * The RMS level, in dBFS, of each `windowMs` stretch of a 16-bit mono WAV (the import's extracted sound), read as a
 * stream so a two-hour recording needs no more memory than a few read buffers and the windows themselves. The last
 * window may be shorter. Digital silence is −Infinity. Used to cut long recordings at silences
 * (shared/transcript/chunkPlan.ts) and to find text over silence (shared/transcript/hallucination.ts).
 */
export async function readLoudnessWindows(
  wavPath: string,
  windowMs: number = DEFAULT_LOUDNESS_WINDOW_MS,
): Promise<LoudnessWindow[]> {
  if (!Number.isFinite(windowMs) || windowMs < 1) throw engineError('loudness-window-invalid', { windowMs });
  const header = await readWavHeader(wavPath);
  const samplesPerWindow = Math.max(1, Math.round((header.sampleRateHz * windowMs) / 1000));
  const windows: LoudnessWindow[] = [];
  let inWindow = 0;
  let sumOfSquares = 0;
  let windowStartSample = 0;
  const close = () => {
    const endSample = windowStartSample + inWindow;
    windows.push({
      startMs: Math.round((windowStartSample * 1000) / header.sampleRateHz),
      endMs: Math.round((endSample * 1000) / header.sampleRateHz),
      rmsDbfs: toDbfs(Math.sqrt(sumOfSquares / inWindow)),
    });
    windowStartSample = endSample;
    inWindow = 0;
    sumOfSquares = 0;
  };
  for await (const samples of wavSampleBlocks(wavPath, header)) {
    for (let index = 0; index < samples.length; index += 1) {
      const value = samples[index] ?? 0;
      sumOfSquares += value * value;
      inWindow += 1;
      if (inWindow === samplesPerWindow) close();
    }
  }
  if (inWindow > 0) close();
  return windows;
}

/** RMS of 16-bit samples → dBFS (a full-scale square wave is 0 dBFS). */
function toDbfs(rms: number): number {
  return rms > 0 ? 20 * Math.log10(rms / 32768) : Number.NEGATIVE_INFINITY;
}
