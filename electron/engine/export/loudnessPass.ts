import {
  loudnessMeasureFilter,
  parseLoudnormJson,
  type LoudnessMeasurement,
} from '../../../shared/export/loudness';
import { runProcess } from '../process/runProcess';

/**
 * First loudnorm pass over the clip's sound only (fast: no video decoding). Returns undefined when ffmpeg
 * gives no usable numbers (silence measures -inf), and the export then normalises in one pass.
 */
export async function measureLoudness(options: {
  ffmpegPath: string;
  cwd: string;
  sourceInput: string;
  startMs: number;
  durationMs: number;
  signal: AbortSignal;
  log?: (line: string) => void;
}): Promise<LoudnessMeasurement | undefined> {
  const seconds = (ms: number) => (ms / 1000).toFixed(3);
  const result = await runProcess({
    binary: options.ffmpegPath,
    args: [
      '-hide_banner',
      '-nostdin',
      '-loglevel',
      'info',
      '-ss',
      seconds(options.startMs),
      '-t',
      seconds(options.durationMs),
      '-i',
      options.sourceInput,
      '-vn',
      '-sn',
      '-af',
      loudnessMeasureFilter,
      '-f',
      'null',
      '-',
    ],
    cwd: options.cwd,
    signal: options.signal,
    toolName: 'ffmpeg',
    ...(options.log ? { log: options.log } : {}),
  });
  return result.exitCode === 0 ? parseLoudnormJson(result.stderrTail) : undefined;
}
