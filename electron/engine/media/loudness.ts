import { engineError } from '../../../shared/errorTexts';
import { createReadStream } from 'node:fs';
import type { LoudnessWindow } from '../../../shared/transcript/hallucination';
import { readWavHeader } from './peaks';

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
  let carry: Buffer | undefined;
  if (header.dataBytes >= 2) {
    const stream = createReadStream(wavPath, {
      start: header.dataOffset,
      end: header.dataOffset + header.dataBytes - 1,
      highWaterMark: 1 << 20,
    });
    for await (const piece of stream as AsyncIterable<Buffer>) {
      const joined: Buffer = carry ? Buffer.concat([carry, piece]) : piece;
      const usable = joined.length - (joined.length % 2);
      // An Int16Array view needs an even byte offset; copy the rare odd-aligned piece.
      const aligned = joined.byteOffset % 2 === 0 ? joined : Buffer.from(joined);
      const samples = new Int16Array(aligned.buffer, aligned.byteOffset, usable / 2);
      for (let index = 0; index < samples.length; index += 1) {
        const value = samples[index] ?? 0;
        sumOfSquares += value * value;
        inWindow += 1;
        if (inWindow === samplesPerWindow) close();
      }
      carry = usable < joined.length ? joined.subarray(usable) : undefined;
    }
  }
  if (inWindow > 0) close();
  return windows;
}

/** RMS of 16-bit samples → dBFS (a full-scale square wave is 0 dBFS). */
function toDbfs(rms: number): number {
  return rms > 0 ? 20 * Math.log10(rms / 32768) : Number.NEGATIVE_INFINITY;
}
