import { runFfmpeg } from './ffmpegRun';

export interface ExtractAudioOptions {
  ffmpegPath: string;
  durationMs: number;
  signal?: AbortSignal;
  onProgress?: (ratio: number) => void;
  log?: (line: string) => void;
  /** Only this stretch of the recording (a calibration slice); the whole recording without it. */
  range?: { startMs: number; durationMs: number };
}

/** The first audio stream (or a stretch of it) as 16 kHz mono 16-bit WAV: what whisper.cpp reads. */
export async function extractAudio(
  sourcePath: string,
  outputPath: string,
  options: ExtractAudioOptions,
): Promise<void> {
  const { range, ...runOptions } = options;
  await runFfmpeg({
    ...runOptions,
    args: [
      ...(range
        ? ['-ss', (range.startMs / 1000).toFixed(3), '-t', (range.durationMs / 1000).toFixed(3)]
        : []),
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
