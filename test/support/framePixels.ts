import { spawnSync } from 'node:child_process';
import { bundledFfmpeg } from './makeMedia';

const SAMPLE_WIDTH_PX = 540;

/**
 * The bytes of one decoded frame of `file` at `seconds` in `pixFmt` (rgb24: 3 bytes a pixel, gray: 1), read with
 * the bundled ffmpeg; `widthPx` scales it first (height kept in proportion, even).
 */
export function rawFrame(
  file: string,
  seconds: number,
  pixFmt: 'rgb24' | 'gray',
  options: { widthPx?: number } = {},
): Buffer {
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
      ...(options.widthPx === undefined ? [] : ['-vf', `scale=${options.widthPx}:-2`]),
      '-f',
      'rawvideo',
      '-pix_fmt',
      pixFmt,
      '-',
    ],
    { maxBuffer: 50_000_000 },
  );
  if (result.status !== 0)
    throw new Error(`ffmpeg could not read a frame of ${file}: ${String(result.stderr)}`);
  return result.stdout;
}

/**
 * Caption ink in one frame of a video: how many pixels (of the frame scaled to 540 pixels wide) are near
 * white. Guftagu's default captions are white with a black outline; the sample interview has no white in it,
 * so a frame without a caption counts (almost) none.
 */
export function whitePixelsAt(file: string, seconds: number): number {
  const rgb = rawFrame(file, seconds, 'rgb24', { widthPx: SAMPLE_WIDTH_PX });
  let white = 0;
  for (let index = 0; index + 2 < rgb.length; index += 3)
    if ((rgb[index] ?? 0) > 225 && (rgb[index + 1] ?? 0) > 225 && (rgb[index + 2] ?? 0) > 225) white += 1;
  return white;
}
