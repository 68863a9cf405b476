import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  chunkBandAround,
  planChunksAtSilence,
  type CutKind,
  type PlannedChunk,
} from '../../../shared/transcript/chunkPlan';
import { readLoudnessWindows } from '../media/loudness';
import { readWavHeader } from '../media/wavSamples';

export interface WavChunk {
  index: number;
  path: string;
  /** Where the chunk starts in the whole recording. */
  offsetMs: number;
  durationMs: number;
  /** End of the part shared with the previous chunk (equal to offsetMs when they do not overlap). */
  overlapEndMs: number;
  /** The seam with the previous chunk in recording time (0 for the first) and how it was chosen. */
  cutMs: number;
  cut: CutKind;
}

export interface ChunkPlan {
  /** The length aimed for; a cut at a silence may make a part 0.8–1.1 times as long (shared/transcript/chunkPlan.ts). */
  chunkMs: number;
  /** Shared by two parts around a cut that is not at a silence (and between fixed parts). */
  overlapMs: number;
  /** false: fixed parts of exactly chunkMs overlapping by overlapMs, as before cuts at silences (the bench's baseline). */
  atSilence?: boolean;
}

/** 10-minute parts cut at silences (8–11 min), with a 2-second overlap where there is none. */
export const defaultChunkPlan: ChunkPlan = { chunkMs: 10 * 60_000, overlapMs: 2_000 };

/** Fixed parts: where the chunks of a recording of `durationMs` start and end, ignoring its sound. Pure. */
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

/** Fixed parts in the shape of a silence plan: every seam a hard cut in the middle of its overlap. */
function fixedPlan(durationMs: number, plan: ChunkPlan): PlannedChunk[] {
  const planned = planChunks(durationMs, plan);
  return planned.map((chunk, index) => {
    const previous = planned[index - 1];
    const overlapEndMs = previous ? previous.offsetMs + previous.durationMs : chunk.offsetMs;
    return {
      ...chunk,
      overlapEndMs,
      cutMs: previous ? (chunk.offsetMs + overlapEndMs) / 2 : 0,
      cut: previous ? 'hard' : 'start',
    };
  });
}

/** Where to cut this WAV: at silences (reading its loudness) unless the plan asks for fixed parts. */
export async function planWavChunks(
  wavPath: string,
  totalMs: number,
  plan: ChunkPlan = defaultChunkPlan,
): Promise<PlannedChunk[]> {
  if (plan.atSilence === false) return fixedPlan(totalMs, plan);
  const band = chunkBandAround(plan.chunkMs, plan.overlapMs);
  if (totalMs <= band.maxMs) return planChunksAtSilence(totalMs, [], band);
  return planChunksAtSilence(totalMs, await readLoudnessWindows(wavPath), band);
}

/** Writes the chunks as WAV files (a header and a byte range of the samples each); a short recording stays whole. */
export async function writeWavChunks(
  wavPath: string,
  folder: string,
  plan: ChunkPlan = defaultChunkPlan,
): Promise<WavChunk[]> {
  const header = await readWavHeader(wavPath);
  const bytesPerMs = (header.sampleRateHz * 2) / 1000;
  const totalMs = Math.floor(header.dataBytes / bytesPerMs);
  const planned = await planWavChunks(wavPath, totalMs, plan);
  if (planned.length === 1)
    return [
      { index: 0, path: wavPath, offsetMs: 0, durationMs: totalMs, overlapEndMs: 0, cutMs: 0, cut: 'start' },
    ];
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
      chunks.push({ index, path: chunkPath, ...chunk });
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
