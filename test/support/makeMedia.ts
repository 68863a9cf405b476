import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { resolveFfmpegTools } from '../../electron/engine/media/binaries';

export const bundledFfmpeg = () => resolveFfmpegTools({ ffmpegSource: 'bundled' }).ffmpeg.path;

export interface MakeVideoOptions {
  durationS?: number;
  width?: number;
  height?: number;
  audio?: boolean;
  video?: boolean;
  /** Adds a rotation tag as phones do. */
  rotateDeg?: number;
  codec?: 'libx264' | 'mpeg2video';
  container?: string;
}

/** Makes a real media file with ffmpeg's test sources (colour bars, a sine tone): no binary fixtures in git. */
export function makeMedia(folder: string, fileName: string, options: MakeVideoOptions = {}): string {
  mkdirSync(folder, { recursive: true });
  const { durationS = 3, width = 320, height = 240, audio = true, video = true } = options;
  const output = path.join(folder, fileName);
  const args = ['-hide_banner', '-loglevel', 'error', '-y'];
  if (video) args.push('-f', 'lavfi', '-i', `testsrc2=size=${width}x${height}:rate=25:duration=${durationS}`);
  if (audio) args.push('-f', 'lavfi', '-i', `sine=frequency=440:sample_rate=48000:duration=${durationS}`);
  if (video) {
    const codec = options.codec ?? 'libx264';
    args.push('-c:v', codec);
    if (codec === 'libx264') args.push('-preset', 'ultrafast', '-pix_fmt', 'yuv420p');
  }
  if (audio) args.push('-c:a', video ? 'aac' : 'libmp3lame', '-b:a', '64k');
  if (options.container) args.push('-f', options.container);
  const encoded = options.rotateDeg === undefined ? output : `${output}.unrotated.mp4`;
  args.push(encoded);
  run(args, fileName);
  if (options.rotateDeg !== undefined) {
    // ffmpeg writes the rotation only when copying streams, as a phone's file has it. Its mov muxer
    // writes the display matrix of a "rotate" tag the other way round (it reads its own rotate=90 back
    // as 270), so ask for the opposite turn: rotateDeg 90 then gives an iPhone's portrait matrix.
    const tag = (360 - (((options.rotateDeg % 360) + 360) % 360)) % 360;
    run(
      [
        '-hide_banner',
        '-loglevel',
        'error',
        '-y',
        '-i',
        encoded,
        '-c',
        'copy',
        '-metadata:s:v:0',
        `rotate=${tag}`,
        output,
      ],
      fileName,
    );
    rmSync(encoded);
  }
  return output;
}

function run(args: string[], fileName: string): void {
  const result = spawnSync(bundledFfmpeg(), args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`ffmpeg could not make ${fileName}: ${result.stderr}`);
}
