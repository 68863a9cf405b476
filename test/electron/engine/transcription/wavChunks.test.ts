import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readWavHeader } from '../../../../electron/engine/media/peaks';
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

  it('writes valid WAV parts whose samples are exactly the matching stretch of the whole', async () => {
    const sampleRateHz = 16_000;
    const seconds = 25;
    const samples = new Int16Array(sampleRateHz * seconds);
    for (let index = 0; index < samples.length; index += 1) samples[index] = index % 30_000;
    const whole = path.join(folder, 'whole.wav');
    writeFileSync(
      whole,
      Buffer.concat([wavHeader(sampleRateHz, samples.byteLength), Buffer.from(samples.buffer)]),
    );

    const chunks = await writeWavChunks(whole, folder, { chunkMs: 10_000, overlapMs: 2_000 });
    expect(chunks.map((chunk) => [chunk.offsetMs, chunk.durationMs, chunk.overlapEndMs])).toEqual([
      [0, 10_000, 0],
      [8_000, 10_000, 10_000],
      [16_000, 9_000, 18_000],
    ]);
    for (const chunk of chunks) {
      const header = await readWavHeader(chunk.path);
      expect(header.sampleRateHz).toBe(sampleRateHz);
      expect(header.dataBytes).toBe((chunk.durationMs / 1000) * sampleRateHz * 2);
      const data = readFileSync(chunk.path).subarray(header.dataOffset);
      const firstSample = data.readInt16LE(0);
      expect(firstSample).toBe(((chunk.offsetMs / 1000) * sampleRateHz) % 30_000);
    }
  });
});
