import type { MediaProbe } from '../../../shared/model/media';
import { runFfmpeg } from './ffmpegRun';

export const PROXY_MAX_HEIGHT = 720;

/**
 * A playable copy for sources Chromium cannot decode (HEVC, ProRes, MPEG-2, AVCHD…): H.264 + AAC in MP4,
 * upright, at most 720p, with the moov atom first so it plays while loading. Audio-only sources get AAC.
 */
export async function makeProxy(
  sourcePath: string,
  outputPath: string,
  probe: MediaProbe,
  options: {
    ffmpegPath: string;
    signal?: AbortSignal;
    onProgress?: (ratio: number) => void;
    log?: (line: string) => void;
  },
): Promise<void> {
  const video = probe.video
    ? [
        '-map',
        '0:v:0',
        '-c:v',
        'libx264',
        '-preset',
        'veryfast',
        '-crf',
        '23',
        '-pix_fmt',
        'yuv420p',
        '-vf',
        `scale=-2:'min(${PROXY_MAX_HEIGHT},ih)'`,
      ]
    : ['-vn'];
  const audio = probe.audio ? ['-map', '0:a:0', '-c:a', 'aac', '-b:a', '128k', '-ac', '2'] : ['-an'];
  await runFfmpeg({
    ...options,
    durationMs: probe.durationMs,
    args: [
      '-i',
      sourcePath,
      ...video,
      ...audio,
      '-sn',
      '-dn',
      '-movflags',
      '+faststart',
      '-f',
      'mp4',
      outputPath,
    ],
    failure: { key: 'proxy-failed' },
  });
}
