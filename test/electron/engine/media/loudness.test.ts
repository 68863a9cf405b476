import { describe, expect, it } from 'vitest';
import { readLoudnessWindows } from '../../../../electron/engine/media/loudness';
import { GuftaguError } from '../../../../shared/errors';
import { useWavFiles } from '../../../support/wavFiles';

const rateHz = 16_000;
const wavs = useWavFiles('guftagu-loudness-', rateHz);
const writeWav = wavs.writeSamples;

describe('readLoudnessWindows', () => {
  it('gives each window its RMS level in dBFS: a sine, a square, digital silence, and a shorter last window', async () => {
    // 1 s of a −6 dBFS-peak sine at 440 Hz, 0.5 s of silence, 0.25 s of a full-scale square wave.
    const samples = new Int16Array(rateHz * 1.75);
    const amplitude = 16_384;
    for (let index = 0; index < rateHz; index += 1)
      samples[index] = Math.round(amplitude * Math.sin((2 * Math.PI * 440 * index) / rateHz));
    for (let index = rateHz * 1.5; index < samples.length; index += 1)
      samples[index] = Math.floor(index / 20) % 2 === 0 ? 32_767 : -32_767;
    const windows = await readLoudnessWindows(writeWav('mix.wav', samples), 100);
    expect(windows).toHaveLength(18);
    expect(windows[0]).toMatchObject({ startMs: 0, endMs: 100 });
    expect(windows.at(-1)).toMatchObject({ startMs: 1700, endMs: 1750 });
    const sineDbfs = 20 * Math.log10(amplitude / Math.SQRT2 / 32_768);
    for (const window of windows.slice(0, 10)) expect(window.rmsDbfs).toBeCloseTo(sineDbfs, 1);
    for (const window of windows.slice(10, 15)) expect(window.rmsDbfs).toBe(Number.NEGATIVE_INFINITY);
    for (const window of windows.slice(15)) expect(window.rmsDbfs).toBeCloseTo(0, 2);
  });

  it('streams a file larger than its read buffers and agrees with a direct computation', async () => {
    const seconds = 70; // 2.2 MB: three read pieces
    const samples = new Int16Array(rateHz * seconds);
    let seed = 1;
    for (let index = 0; index < samples.length; index += 1) {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      const level = Math.floor(index / rateHz) % 7 === 3 ? 30 : 8_000;
      samples[index] = Math.round((seed / 2 ** 31 - 0.5) * 2 * level);
    }
    const windows = await readLoudnessWindows(writeWav('noise.wav', samples), 50);
    expect(windows).toHaveLength(seconds * 20);
    const perWindow = rateHz / 20;
    for (const index of [0, 1, 419, 420, 1000, 1399]) {
      let sum = 0;
      for (let at = index * perWindow; at < (index + 1) * perWindow; at += 1) sum += samples[at]! ** 2;
      expect(windows[index]!.rmsDbfs).toBeCloseTo(20 * Math.log10(Math.sqrt(sum / perWindow) / 32_768), 6);
      expect(windows[index]).toMatchObject({ startMs: index * 50, endMs: index * 50 + 50 });
    }
    // The quiet seconds (3, 10, 17, …) read below −50 dBFS, the rest well above.
    expect(windows.filter((window) => window.rmsDbfs < -50)).toHaveLength(10 * 20);
  });

  it('gives no windows for an empty WAV, and refuses what is not a 16-bit mono WAV or a window of 0 ms', async () => {
    expect(await readLoudnessWindows(writeWav('empty.wav', new Int16Array(0)))).toEqual([]);
    const notWav = wavs.writeBytes('not.wav', Buffer.from('hello, not a wav at all'));
    await expect(readLoudnessWindows(notWav)).rejects.toMatchObject({ code: 'file-damaged' });
    await expect(readLoudnessWindows(writeWav('ok.wav', new Int16Array(160)), 0)).rejects.toBeInstanceOf(
      GuftaguError,
    );
  });
});
