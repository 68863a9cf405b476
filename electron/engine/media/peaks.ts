import { createReadStream, promises as fs } from 'node:fs';
import { engineError } from '../../../shared/errorTexts';
import { type GuftaguError } from '../../../shared/errors';

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
    carry = usable < joined.length ? joined.subarray(usable) : undefined;
  }
  if (inBucket > 0 && bucket < peaks.length)
    peaks[bucket] = Math.min(255, Math.round((bucketMax / 32768) * 255));
  return {
    peaks,
    sampleRateHz: header.sampleRateHz,
    durationMs: Math.round((totalSamples / header.sampleRateHz) * 1000),
  };
}

interface WavHeader {
  sampleRateHz: number;
  dataOffset: number;
  dataBytes: number;
}

/** Finds the fmt and data chunks of a RIFF/WAVE file (ffmpeg may add a LIST chunk between them). */
export async function readWavHeader(wavPath: string): Promise<WavHeader> {
  const handle = await fs.open(wavPath, 'r');
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(Math.min(size, 4096));
    await handle.read(head, 0, head.length, 0);
    if (head.toString('ascii', 0, 4) !== 'RIFF' || head.toString('ascii', 8, 12) !== 'WAVE')
      throw badWav(wavPath);
    let offset = 12;
    let sampleRateHz = 0;
    while (offset + 8 <= head.length) {
      const id = head.toString('ascii', offset, offset + 4);
      const chunkBytes = head.readUInt32LE(offset + 4);
      if (id === 'fmt ') {
        const bitsPerSample = head.readUInt16LE(offset + 22);
        const channels = head.readUInt16LE(offset + 10);
        if (bitsPerSample !== 16 || channels !== 1) throw badWav(wavPath);
        sampleRateHz = head.readUInt32LE(offset + 12);
      } else if (id === 'data') {
        if (!sampleRateHz) throw badWav(wavPath);
        const dataOffset = offset + 8;
        // ffmpeg writes 0xFFFFFFFF when it could not seek back; use the real file size then.
        const dataBytes = Math.min(chunkBytes, size - dataOffset);
        return { sampleRateHz, dataOffset, dataBytes };
      }
      offset += 8 + chunkBytes + (chunkBytes % 2);
    }
    throw badWav(wavPath);
  } finally {
    await handle.close();
  }
}

function badWav(wavPath: string): GuftaguError {
  return engineError('wav-not-pcm', { path: wavPath });
}
