import { runFfmpeg } from './ffmpegRun';

export interface ExtractAudioOptions {
  ffmpegPath: string;
  durationMs: number;
  signal?: AbortSignal;
  onProgress?: (ratio: number) => void;
  log?: (line: string) => void;
}

/** The first audio stream as 16 kHz mono 16-bit WAV: what whisper.cpp reads. */
export async function extractAudio(
  sourcePath: string,
  outputPath: string,
  options: ExtractAudioOptions,
): Promise<void> {
  await runFfmpeg({
    ...options,
    args: [
      '-i',
      sourcePath,
      '-map',
      '0:a:0',
      '-vn',
      '-sn',
      '-dn',
      '-ac',
      '1',
      '-ar',
      '16000',
      '-c:a',
      'pcm_s16le',
      '-f',
      'wav',
      outputPath,
    ],
    failure: { key: 'audio-extract-failed' },
  });
}
