import { runFfmpeg } from './ffmpegRun';

export const THUMBNAIL_WIDTH = 320;

/** A small upright JPEG from a tenth of the way in (ffmpeg applies the rotation by itself). */
export async function makeThumbnail(
  sourcePath: string,
  outputPath: string,
  options: { ffmpegPath: string; durationMs: number; signal?: AbortSignal; log?: (line: string) => void },
): Promise<void> {
  const atSeconds = Math.min(10, options.durationMs / 10000).toFixed(3);
  await runFfmpeg({
    ffmpegPath: options.ffmpegPath,
    args: [
      '-ss',
      atSeconds,
      '-i',
      sourcePath,
      '-map',
      '0:v:0',
      '-frames:v',
      '1',
      '-vf',
      `scale=${THUMBNAIL_WIDTH}:-2`,
      '-q:v',
      '4',
      '-f',
      'image2',
      outputPath,
    ],
    failure: { key: 'thumbnail-failed' },
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
}
