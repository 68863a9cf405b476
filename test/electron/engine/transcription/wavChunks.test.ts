import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readWavHeader } from '../../../../electron/engine/media/wavSamples';
import { planChunks, wavHeader, writeWavChunks } from '../../../../electron/engine/transcription/wavChunks';

describe('planChunks', () => {
  it('keeps a short recording whole', () => {
    expect(planChunks(9 * 60_000)).toEqual([{ offsetMs: 0, durationMs: 9 * 60_000 }]);
  });

  it('covers a two-hour recording with 10-minute parts that overlap by 2 s, to the very end', () => {
    const twoHoursMs = 2 * 3_600_000;
    const chunks = planChunks(twoHoursMs);
    expect(chunks.every((chunk) => chunk.durationMs <= 600_000)).toBe(true);
    for (let index = 1; index < chunks.length; index += 1) {
      const previous = chunks[index - 1]!;
      expect(previous.offsetMs + previous.durationMs - chunks[index]!.offsetMs).toBe(2_000);
    }
    const last = chunks.at(-1)!;
    expect(last.offsetMs + last.durationMs).toBe(twoHoursMs);
    expect(chunks).toHaveLength(13);
  });
});

describe('writeWavChunks', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'guftagu-chunks-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  /** Steady loud sound (within 6 dB everywhere) whose every sample tells where it is. */
  const sampleAt = (index: number) => (index % 2 === 0 ? 1 : -1) * (10_000 + (index % 10_000));

  function writeWhole(seconds: number, silences: [number, number][] = []): string {
    const sampleRateHz = 16_000;
    const samples = new Int16Array(sampleRateHz * seconds);
    for (let index = 0; index < samples.length; index += 1) {
      const second = index / sampleRateHz;
      const silent = silences.some(([from, to]) => second >= from && second < to);
      samples[index] = silent ? 0 : sampleAt(index);
    }
    const whole = path.join(folder, 'whole.wav');
    writeFileSync(
      whole,
      Buffer.concat([wavHeader(sampleRateHz, samples.byteLength), Buffer.from(samples.buffer)]),
    );
    return whole;
  }

  /** Each part is a valid WAV whose samples are exactly the matching stretch of the whole. */
  async function expectExactParts(
    whole: string,
    chunks: Awaited<ReturnType<typeof writeWavChunks>>,
  ): Promise<void> {
    const wholeHeader = await readWavHeader(whole);
    const wholeData = readFileSync(whole).subarray(wholeHeader.dataOffset);
    for (const chunk of chunks) {
      const header = await readWavHeader(chunk.path);
      expect(header.sampleRateHz).toBe(16_000);
      expect(header.dataBytes).toBe((chunk.durationMs / 1000) * 16_000 * 2);
      const data = readFileSync(chunk.path).subarray(header.dataOffset);
      const startByte = (chunk.offsetMs / 1000) * 16_000 * 2;
      expect(data.equals(wholeData.subarray(startByte, startByte + header.dataBytes))).toBe(true);
    }
  }

  it('cuts at a silence, with no overlap, when one lies in the band (16–22 s for 20 s parts)', async () => {
    const whole = writeWhole(40, [
      [17, 19],
      [12, 12.5],
    ]);
    const chunks = await writeWavChunks(whole, folder, { chunkMs: 20_000, overlapMs: 2_000 });
    expect(chunks.map((chunk) => [chunk.offsetMs, chunk.durationMs, chunk.overlapEndMs, chunk.cut])).toEqual([
      [0, 18_000, 0, 'start'],
      [18_000, 22_000, 18_000, 'silence'],
    ]);
    await expectExactParts(whole, chunks);
  });

  it('cuts steady sound at the target with an overlap centred on the cut', async () => {
    const whole = writeWhole(25);
    const chunks = await writeWavChunks(whole, folder, { chunkMs: 10_000, overlapMs: 2_000 });
    expect(chunks.map((chunk) => [chunk.offsetMs, chunk.durationMs, chunk.overlapEndMs, chunk.cut])).toEqual([
      [0, 11_000, 0, 'start'],
      [9_000, 12_000, 11_000, 'hard'],
      [19_000, 6_000, 21_000, 'hard'],
    ]);
    await expectExactParts(whole, chunks);
  });

  it('still writes fixed parts when asked (atSilence: false), as before cuts at silences', async () => {
    const whole = writeWhole(25, [[9, 10]]);
    const chunks = await writeWavChunks(whole, folder, {
      chunkMs: 10_000,
      overlapMs: 2_000,
      atSilence: false,
    });
    expect(
      chunks.map((chunk) => [chunk.offsetMs, chunk.durationMs, chunk.overlapEndMs, chunk.cutMs]),
    ).toEqual([
      [0, 10_000, 0, 0],
      [8_000, 10_000, 10_000, 9_000],
      [16_000, 9_000, 18_000, 17_000],
    ]);
    await expectExactParts(whole, chunks);
  });

  it('keeps a recording within the band whole, without copying it', async () => {
    const whole = writeWhole(21, [[10, 11]]);
    const chunks = await writeWavChunks(whole, folder, { chunkMs: 20_000, overlapMs: 2_000 });
    expect(chunks).toEqual([
      { index: 0, path: whole, offsetMs: 0, durationMs: 21_000, overlapEndMs: 0, cutMs: 0, cut: 'start' },
    ]);
  });
});
