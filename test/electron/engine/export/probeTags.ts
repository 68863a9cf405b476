import { spawnSync } from 'node:child_process';
import { resolveFfmpegTools } from '../../../../electron/engine/media/binaries';
import { GuftaguError } from '../../../../shared/errors';

const tools = resolveFfmpegTools({ ffmpegSource: 'bundled' });

/** The MP4's format-level tags (title, artist, comment, description …), as ffprobe shows them. */
export function formatTags(file: string): Record<string, string> {
  const result = spawnSync(
    tools.ffprobe.path,
    ['-v', 'error', '-print_format', 'json', '-show_format', file],
    { encoding: 'utf8' },
  );
  return (JSON.parse(result.stdout) as { format: { tags?: Record<string, string> } }).format.tags ?? {};
}

/** The MP4's first subtitle stream (mov_text) as SRT. */
export function softSubtitles(file: string): string {
  const result = spawnSync(
    tools.ffmpeg.path,
    ['-v', 'error', '-i', file, '-map', '0:s:0', '-f', 'srt', '-'],
    { encoding: 'utf8' },
  );
  return result.stdout;
}

/** The GuftaguError a call rejects with (fails the test when it resolves or throws something else). */
export async function failure(promise: Promise<unknown>): Promise<GuftaguError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof GuftaguError)) throw new Error(`expected a GuftaguError, got ${String(error)}`);
  return error;
}
