import { createReadStream } from 'node:fs';
import { GuftaguError } from '../../../shared/errors';
import type { LoudnessWindow } from '../../../shared/transcript/hallucination';
import { readWavHeader } from './peaks';

/**
 * RMS loudness of a 16-bit mono WAV (the extracted sound) per `windowMs`, in dBFS (−∞ for digital silence),
 * read as a stream: a two-hour recording needs a few 1 MiB chunks of memory plus the windows themselves.
 * The last window may be shorter. Used by the editor's "text over silence" check (shared/transcript/hallucination).
 */
export async function readLoudnessWindows(wavPath: string, windowMs: number): Promise<LoudnessWindow[]> {
  if (!Number.isFinite(windowMs) || windowMs <= 0)
    throw new GuftaguError(
      'invalid-request',
      `A loudness window of ${windowMs} ms is not possible.`,
      'Ask for windows longer than 0 ms.',
    );
  const header = await readWavHeader(wavPath);
  const samplesPerWindow = Math.max(1, Math.round((header.sampleRateHz * windowMs) / 1000));
  const windows: LoudnessWindow[] = [];
  const msOf = (sample: number): number => Math.round((sample * 1000) / header.sampleRateHz);
  let windowStart = 0;
  let sumSquares = 0;
  let inWindow = 0;
  const close = () => {
    const rms = Math.sqrt(sumSquares / inWindow) / 32768;
    windows.push({
      startMs: msOf(windowStart),
      endMs: msOf(windowStart + inWindow),
      rmsDbfs: rms === 0 ? -Infinity : 20 * Math.log10(rms),
    });
    windowStart += inWindow;
    sumSquares = 0;
    inWindow = 0;
  };
  let carry: Buffer | undefined;
  const stream = createReadStream(wavPath, {
    start: header.dataOffset,
    end: header.dataOffset + header.dataBytes - 1,
    highWaterMark: 1 << 20,
  });
  for await (const piece of stream as AsyncIterable<Buffer>) {
    const joined: Buffer = carry ? Buffer.concat([carry, piece]) : piece;
    const usable = joined.length - (joined.length % 2);
    // An Int16Array view needs an even byte offset; copy the rare odd-aligned chunk.
    const aligned = joined.byteOffset % 2 === 0 ? joined : Buffer.from(joined);
    const samples = new Int16Array(aligned.buffer, aligned.byteOffset, usable / 2);
    for (let index = 0; index < samples.length; index += 1) {
      const value = samples[index]!;
      sumSquares += value * value;
      inWindow += 1;
      if (inWindow === samplesPerWindow) close();
    }
    carry = usable < joined.length ? joined.subarray(usable) : undefined;
  }
  if (inWindow > 0) close();
  return windows;
}
