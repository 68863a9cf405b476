import { describe, expect, it } from 'vitest';
import { computePeaks, PEAK_RATE_HZ } from '../../../../electron/engine/media/peaks';
import { useWavFiles } from '../../../support/wavFiles';

const rateHz = 16_000;
const wavs = useWavFiles('guftagu-peaks-', rateHz);
const writeWav = wavs.writeSamples;

describe('computePeaks', () => {
  it('gives the peak of each 1/50 s as 0..255, a shorter last bucket included, over several read pieces', async () => {
    const perPeak = rateHz / PEAK_RATE_HZ;
    const seconds = 40; // 1.28 MB: two read pieces
    const samples = new Int16Array(rateHz * seconds + perPeak / 2);
    for (let index = 0; index < samples.length; index += 1) {
      const bucket = Math.floor(index / perPeak);
      // One spike per bucket, at a place that moves, with a level that depends on the bucket; negative on odd ones.
      if (index % perPeak === (bucket * 37) % perPeak)
        samples[index] = (bucket % 2 ? -1 : 1) * ((bucket * 911) % 32_768);
      else samples[index] = bucket % 5;
    }
    const result = await computePeaks(writeWav('spikes.wav', samples));
    expect(result.sampleRateHz).toBe(rateHz);
    expect(result.durationMs).toBe(seconds * 1000 + 10);
    expect(result.peaks).toHaveLength(seconds * PEAK_RATE_HZ + 1);
    for (let bucket = 0; bucket < result.peaks.length; bucket += 1) {
      let max = 0;
      const end = Math.min(samples.length, (bucket + 1) * perPeak);
      for (let at = bucket * perPeak; at < end; at += 1) max = Math.max(max, Math.abs(samples[at]!));
      expect(result.peaks[bucket], `bucket ${bucket}`).toBe(Math.min(255, Math.round((max / 32_768) * 255)));
    }
  });

  it('refuses a file that is not a 16-bit mono WAV with the structured error', async () => {
    const notWav = wavs.writeBytes('not.wav', Buffer.from('hello, not a wav at all'));
    await expect(computePeaks(notWav)).rejects.toMatchObject({ code: 'file-damaged', key: 'wav-not-pcm' });
  });
});
