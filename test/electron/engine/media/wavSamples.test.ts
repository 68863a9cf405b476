import { describe, expect, it } from 'vitest';
import { readWavHeader, wavSampleBlocks } from '../../../../electron/engine/media/wavSamples';
import { wavHeader } from '../../../../electron/engine/transcription/wavChunks';
import { useWavFiles } from '../../../support/wavFiles';

const rateHz = 16_000;
const write = useWavFiles('guftagu-wav-samples-', rateHz).writeBytes;

/** Samples that differ in both bytes, so a wrongly joined split sample shows. */
function rampSamples(count: number): Int16Array {
  const samples = new Int16Array(count);
  for (let index = 0; index < count; index += 1) samples[index] = ((index * 257 + 3) % 65_536) - 32_768;
  return samples;
}

async function readAll(wavPath: string, readBytes?: number): Promise<{ samples: number[]; blocks: number }> {
  const header = await readWavHeader(wavPath);
  const samples: number[] = [];
  let blocks = 0;
  for await (const block of wavSampleBlocks(wavPath, header, readBytes)) {
    blocks += 1;
    samples.push(...block);
  }
  return { samples, blocks };
}

/** A RIFF chunk: id, little-endian size, body, and the pad byte an odd body needs. */
function chunk(id: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.write(id, 0, 'ascii');
  head.writeUInt32LE(body.length, 4);
  return Buffer.concat([head, body, Buffer.alloc(body.length % 2)]);
}

describe('readWavHeader and wavSampleBlocks', () => {
  it('joins a sample split across two read pieces (odd piece sizes), in order, whatever the piece size', async () => {
    const samples = rampSamples(1001);
    const wav = write(
      'ramp.wav',
      Buffer.concat([wavHeader(rateHz, samples.byteLength), Buffer.from(samples.buffer)]),
    );
    expect(await readWavHeader(wav)).toEqual({ sampleRateHz: rateHz, dataOffset: 44, dataBytes: 2002 });
    for (const readBytes of [1, 3, 7, 1001, 2001, 1 << 20]) {
      expect((await readAll(wav, readBytes)).samples).toEqual([...samples]);
    }
    // With 3-byte pieces every other piece ends inside a sample.
    expect((await readAll(wav, 3)).blocks).toBeGreaterThan(600);
  });

  it('skips a LIST chunk (odd-sized, padded) between fmt and data, as ffmpeg may write', async () => {
    const samples = rampSamples(50);
    const plain = wavHeader(rateHz, samples.byteLength);
    const list = chunk('LIST', Buffer.from('INFOISFT\x0d\x00\x00\x00Lavf61.7.100\x00', 'latin1'));
    expect(list.length % 2).toBe(0);
    const riff = Buffer.from(plain.subarray(0, 12));
    const withList = Buffer.concat([
      riff,
      plain.subarray(12, 36),
      list,
      plain.subarray(36),
      Buffer.from(samples.buffer),
    ]);
    withList.writeUInt32LE(withList.length - 8, 4);
    const wav = write('list.wav', withList);
    expect(await readWavHeader(wav)).toEqual({
      sampleRateHz: rateHz,
      dataOffset: 44 + list.length,
      dataBytes: 100,
    });
    expect((await readAll(wav, 5)).samples).toEqual([...samples]);
  });

  it('reads what there is of a truncated file: the data chunk claims more (or 0xFFFFFFFF), an odd last byte is dropped', async () => {
    const samples = rampSamples(200);
    const whole = Buffer.concat([wavHeader(rateHz, samples.byteLength), Buffer.from(samples.buffer)]);
    const cut = write('cut.wav', whole.subarray(0, 44 + 151));
    expect(await readWavHeader(cut)).toEqual({ sampleRateHz: rateHz, dataOffset: 44, dataBytes: 151 });
    expect((await readAll(cut, 4)).samples).toEqual([...samples.subarray(0, 75)]);
    const unknownLength = Buffer.from(whole);
    unknownLength.writeUInt32LE(0xffff_ffff, 40);
    expect((await readAll(write('streamed.wav', unknownLength))).samples).toEqual([...samples]);
    // No samples at all: no blocks, no error.
    expect(await readAll(write('empty.wav', wavHeader(rateHz, 0)))).toEqual({ samples: [], blocks: 0 });
    expect(await readAll(write('one-byte.wav', whole.subarray(0, 45)))).toEqual({ samples: [], blocks: 0 });
  });

  it('refuses with the structured wav-not-pcm error: not RIFF, cut inside the header, stereo, 8-bit, no fmt', async () => {
    const header = wavHeader(rateHz, 4);
    const stereo = Buffer.from(header);
    stereo.writeUInt16LE(2, 22);
    const eightBit = Buffer.from(header);
    eightBit.writeUInt16LE(8, 34);
    const noFmt = Buffer.concat([header.subarray(0, 12), header.subarray(36), Buffer.alloc(4)]);
    const cases: Record<string, Buffer> = {
      'text.wav': Buffer.from('hello, not a wav at all'),
      'cut-header.wav': header.subarray(0, 30),
      'stereo.wav': Buffer.concat([stereo, Buffer.alloc(4)]),
      'eight-bit.wav': Buffer.concat([eightBit, Buffer.alloc(4)]),
      'no-fmt.wav': noFmt,
    };
    for (const [name, bytes] of Object.entries(cases)) {
      const wav = write(name, bytes);
      const error = await readWavHeader(wav).catch((caught: unknown) => caught);
      expect(error, name).toMatchObject({ code: 'file-damaged', key: 'wav-not-pcm', params: { path: wav } });
    }
  });
});
