import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolveFfmpegTools } from '../../electron/engine/media/binaries';

export interface WavFormat {
  audioFormat: number;
  channels: number;
  sampleRateHz: number;
  bitsPerSample: number;
  dataBytes: number;
}

/** Reads the fmt and data chunks of a RIFF/WAVE file. */
export function readWavFormat(filePath: string): WavFormat {
  const bytes = readFileSync(filePath);
  if (bytes.toString('ascii', 0, 4) !== 'RIFF' || bytes.toString('ascii', 8, 12) !== 'WAVE') {
    throw new Error(`${filePath} is not a WAV file`);
  }
  let format: Omit<WavFormat, 'dataBytes'> | undefined;
  for (let offset = 12; offset + 8 <= bytes.length;) {
    const id = bytes.toString('ascii', offset, offset + 4);
    const size = bytes.readUInt32LE(offset + 4);
    if (id === 'fmt ') {
      format = {
        audioFormat: bytes.readUInt16LE(offset + 8),
        channels: bytes.readUInt16LE(offset + 10),
        sampleRateHz: bytes.readUInt32LE(offset + 12),
        bitsPerSample: bytes.readUInt16LE(offset + 22),
      };
    } else if (id === 'data' && format) {
      return { ...format, dataBytes: Math.min(size, bytes.length - offset - 8) };
    }
    offset += 8 + size + (size % 2);
  }
  throw new Error(`${filePath} has no fmt or data chunk`);
}

/** Width and height from a JPEG's start-of-frame marker. */
export function jpegSize(filePath: string): { width: number; height: number } {
  const bytes = readFileSync(filePath);
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw new Error(`${filePath} is not a JPEG`);
  for (let offset = 2; offset + 9 < bytes.length;) {
    if (bytes[offset] !== 0xff) throw new Error(`bad JPEG marker at ${offset}`);
    const marker = bytes[offset + 1] ?? 0;
    const length = bytes.readUInt16BE(offset + 2);
    if (marker >= 0xc0 && marker <= 0xc3) {
      return { height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7) };
    }
    offset += 2 + length;
  }
  throw new Error(`${filePath} has no start-of-frame marker`);
}

export interface ProbedStream {
  codec_type?: string;
  codec_name?: string;
  width?: number;
  height?: number;
}

/** What ffprobe says about a file's streams (bundled ffprobe). */
export function probeStreams(filePath: string): ProbedStream[] {
  const ffprobe = resolveFfmpegTools({ ffmpegSource: 'bundled' }).ffprobe.path;
  const result = spawnSync(ffprobe, ['-v', 'error', '-print_format', 'json', '-show_streams', filePath], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`ffprobe failed on ${filePath}: ${result.stderr}`);
  return (JSON.parse(result.stdout) as { streams: ProbedStream[] }).streams;
}
