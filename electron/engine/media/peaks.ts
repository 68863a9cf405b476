import { readWavHeader, wavSampleBlocks } from './wavSamples';

export const PEAK_RATE_HZ = 50;

/**
 * Peak absolute amplitude per 1/50 s of a 16-bit mono WAV, one byte each (0..255), read as a stream so
 * a two-hour recording needs no more memory than a few chunks.
 */
export async function computePeaks(
  wavPath: string,
): Promise<{ peaks: Uint8Array; sampleRateHz: number; durationMs: number }> {
  const header = await readWavHeader(wavPath);
  const samplesPerPeak = Math.max(1, Math.round(header.sampleRateHz / PEAK_RATE_HZ));
  const totalSamples = Math.floor(header.dataBytes / 2);
  const peaks = new Uint8Array(Math.ceil(totalSamples / samplesPerPeak));
  let bucket = 0;
  let inBucket = 0;
  let bucketMax = 0;
  for await (const samples of wavSampleBlocks(wavPath, header)) {
    for (let index = 0; index < samples.length; index += 1) {
      const value = samples[index] ?? 0;
      const amplitude = value < 0 ? -value : value;
      if (amplitude > bucketMax) bucketMax = amplitude;
      inBucket += 1;
      if (inBucket === samplesPerPeak) {
        peaks[bucket] = Math.min(255, Math.round((bucketMax / 32768) * 255));
        bucket += 1;
        inBucket = 0;
        bucketMax = 0;
      }
    }
  }
  if (inBucket > 0 && bucket < peaks.length)
    peaks[bucket] = Math.min(255, Math.round((bucketMax / 32768) * 255));
  return {
    peaks,
    sampleRateHz: header.sampleRateHz,
    durationMs: Math.round((totalSamples / header.sampleRateHz) * 1000),
  };
}
