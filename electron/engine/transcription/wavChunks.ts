import { promises as fs } from 'node:fs';
import path from 'node:path';
import { readWavHeader } from '../media/peaks';

export interface WavChunk {
  index: number;
  path: string;
  /** Where the chunk starts in the whole recording. */
  offsetMs: number;
  durationMs: number;
  /** Start of the part shared with the previous chunk (equal to offsetMs for the first). */
  overlapEndMs: number;
}

export interface ChunkPlan {
  chunkMs: number;
  overlapMs: number;
}

/** 10-minute chunks with a 2-second overlap: whisper 1.5.0 holds the whole input in memory. */
export const defaultChunkPlan: ChunkPlan = { chunkMs: 10 * 60_000, overlapMs: 2_000 };

/** Where the chunks of a recording of `durationMs` start and end. Pure. */
export function planChunks(
  durationMs: number,
  plan: ChunkPlan = defaultChunkPlan,
): { offsetMs: number; durationMs: number }[] {
  if (durationMs <= plan.chunkMs) return [{ offsetMs: 0, durationMs }];
  const chunks: { offsetMs: number; durationMs: number }[] = [];
  const step = plan.chunkMs - plan.overlapMs;
  for (let offsetMs = 0; offsetMs < durationMs; offsetMs += step) {
    const length = Math.min(plan.chunkMs, durationMs - offsetMs);
    chunks.push({ offsetMs, durationMs: length });
    if (offsetMs + length >= durationMs) break;
  }
  return chunks;
}

/** Writes the chunks as WAV files (a header and a byte range of the samples each). */
export async function writeWavChunks(
  wavPath: string,
  folder: string,
  plan: ChunkPlan = defaultChunkPlan,
): Promise<WavChunk[]> {
  const header = await readWavHeader(wavPath);
  const bytesPerMs = (header.sampleRateHz * 2) / 1000;
  const totalMs = Math.floor(header.dataBytes / bytesPerMs);
  const planned = planChunks(totalMs, plan);
  if (planned.length === 1)
    return [{ index: 0, path: wavPath, offsetMs: 0, durationMs: totalMs, overlapEndMs: 0 }];
  const source = await fs.open(wavPath, 'r');
  try {
    const chunks: WavChunk[] = [];
    for (const [index, chunk] of planned.entries()) {
      const startByte = header.dataOffset + Math.floor((chunk.offsetMs * bytesPerMs) / 2) * 2;
      const byteCount = Math.floor((chunk.durationMs * bytesPerMs) / 2) * 2;
      const data = Buffer.alloc(byteCount);
      await source.read(data, 0, byteCount, startByte);
      const chunkPath = path.join(folder, `chunk-${String(index).padStart(3, '0')}.wav`);
      await fs.writeFile(chunkPath, Buffer.concat([wavHeader(header.sampleRateHz, byteCount), data]));
      const previous = planned[index - 1];
      chunks.push({
        index,
        path: chunkPath,
        offsetMs: chunk.offsetMs,
        durationMs: chunk.durationMs,
        overlapEndMs: previous ? previous.offsetMs + previous.durationMs : chunk.offsetMs,
      });
    }
    return chunks;
  } finally {
    await source.close();
  }
}

export function wavHeader(sampleRateHz: number, dataBytes: number): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(sampleRateHz, 24);
  header.writeUInt32LE(sampleRateHz * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(dataBytes, 40);
  return header;
}
