import { createReadStream, promises as fs } from 'node:fs';
import { engineError } from '../../../shared/errorTexts';
import { type GuftaguError } from '../../../shared/errors';

export interface WavHeader {
  sampleRateHz: number;
  dataOffset: number;
  dataBytes: number;
}

/** 1 MiB read pieces: a two-hour recording streams in bounded memory. */
const DEFAULT_READ_BYTES = 1 << 20;

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
        // A file cut inside its fmt chunk is damaged too (not a RangeError from reading past the end).
        if (chunkBytes < 16 || offset + 24 > head.length) throw badWav(wavPath);
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

/**
 * The 16-bit samples of the data chunk `header` describes, in blocks as they are read (one read piece each, so
 * memory stays bounded). A sample split between two pieces is joined; a trailing odd byte is dropped. A block is
 * a view into the read piece, valid until the next one is asked for.
 */
export async function* wavSampleBlocks(
  wavPath: string,
  header: WavHeader,
  readBytes: number = DEFAULT_READ_BYTES,
): AsyncGenerator<Int16Array> {
  if (header.dataBytes < 2) return;
  const stream = createReadStream(wavPath, {
    start: header.dataOffset,
    end: header.dataOffset + header.dataBytes - 1,
    highWaterMark: readBytes,
  });
  let carry: Buffer | undefined;
  for await (const piece of stream as AsyncIterable<Buffer>) {
    const joined: Buffer = carry ? Buffer.concat([carry, piece]) : piece;
    const usable = joined.length - (joined.length % 2);
    // An Int16Array view needs an even byte offset; copy the rare odd-aligned piece.
    const aligned = joined.byteOffset % 2 === 0 ? joined : Buffer.from(joined);
    carry = usable < joined.length ? joined.subarray(usable) : undefined;
    if (usable > 0) yield new Int16Array(aligned.buffer, aligned.byteOffset, usable / 2);
  }
}

function badWav(wavPath: string): GuftaguError {
  return engineError('wav-not-pcm', { path: wavPath });
}
