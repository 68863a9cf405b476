import { spawnSync } from 'node:child_process';
import { bundledFfmpeg } from './makeMedia';

const SAMPLE_WIDTH_PX = 540;

/**
 * Caption ink in one frame of a video: how many pixels (of the frame scaled to 540 pixels wide) are near
 * white. Guftagu's default captions are white with a black outline; the sample interview has no white in it,
 * so a frame without a caption counts (almost) none.
 */
export function whitePixelsAt(file: string, seconds: number): number {
  const result = spawnSync(
    bundledFfmpeg(),
    [
      '-hide_banner',
      '-loglevel',
      'error',
      '-ss',
      seconds.toFixed(3),
      '-i',
      file,
      '-frames:v',
      '1',
      '-vf',
      `scale=${SAMPLE_WIDTH_PX}:-2`,
      '-f',
      'rawvideo',
      '-pix_fmt',
      'rgb24',
      '-',
    ],
    { maxBuffer: 20_000_000 },
  );
  if (result.status !== 0)
    throw new Error(`ffmpeg could not read a frame of ${file}: ${String(result.stderr)}`);
  const rgb = result.stdout;
  let white = 0;
  for (let index = 0; index + 2 < rgb.length; index += 3)
    if ((rgb[index] ?? 0) > 225 && (rgb[index + 1] ?? 0) > 225 && (rgb[index + 2] ?? 0) > 225) white += 1;
  return white;
}
