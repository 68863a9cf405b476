import { runProcessOrThrow, type ToolFailure } from '../process/runProcess';

export interface FfmpegRunOptions {
  ffmpegPath: string;
  /** Arguments after the common ones; must name the output last. */
  args: readonly string[];
  /** The folder ffmpeg runs in (export: so the filtergraph names caption file and fonts without escaping). */
  cwd?: string;
  /** Media duration, to turn ffmpeg's out_time into progress 0..1. */
  durationMs?: number;
  onProgress?: (ratio: number) => void;
  signal?: AbortSignal;
  log?: (line: string) => void;
  /** What could not be done, worded by shared/errorTexts. */
  failure: ToolFailure;
}

/**
 * The bundled ffmpeg's fontconfig cannot read today's /etc/fonts files and prints a warning per file, which
 * would push ffmpeg's real error out of the tail a failure shows: those lines are left out.
 */
const noise = /^Fontconfig (warning|error):/;

/** Runs ffmpeg with machine-readable progress on stdout (-progress pipe:1) and no prompts. */
export async function runFfmpeg(options: FfmpegRunOptions): Promise<void> {
  const { durationMs, onProgress } = options;
  await runProcessOrThrow({
    binary: options.ffmpegPath,
    args: [
      '-hide_banner',
      '-nostdin',
      '-y',
      '-loglevel',
      'error',
      '-progress',
      'pipe:1',
      '-nostats',
      ...options.args,
    ],
    toolName: 'ffmpeg',
    failure: options.failure,
    onStdoutLine: (line) => {
      if (!onProgress || !durationMs || durationMs <= 0) return;
      const outTimeMs = parseProgressLine(line);
      if (outTimeMs !== undefined) onProgress(Math.min(1, outTimeMs / durationMs));
    },
    keepStderrLine: (line) => !noise.test(line),
    ...(options.cwd ? { cwd: options.cwd } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  onProgress?.(1);
}

/** ffmpeg's progress lines: out_time_us=… (newer) or out_time_ms=… (microseconds too, despite the name). */
export function parseProgressLine(line: string): number | undefined {
  const match = /^out_time_(?:us|ms)=(\d+)$/.exec(line.trim());
  return match ? Math.round(Number(match[1]) / 1000) : undefined;
}
