import { engineError } from '../../../shared/errorTexts';
import { promises as fs } from 'node:fs';
import type { ApiImplementation } from '../../../shared/api/contract';
import { GuftaguError } from '../../../shared/errors';
import { compactLoudness, type CompactLoudness } from '../../../shared/media/loudness';
import { readLoudnessWindows } from '../media/loudness';
import type { ImportDependencies } from '../media/importMedia';
import { resolveMediaAsset } from './mediaApi';

/** 100 ms: fine enough for a cue's silent share (cues last 0.8–7 s), 10 numbers a second to send. */
export const DEFAULT_LOUDNESS_WINDOW_MS = 100;

/** The last few answers (about 430 kB each for two hours), so reopening an editor does not read the WAV again. */
const CACHED_ANSWERS = 4;

/**
 * media.loudness: the RMS level of the media's extracted sound per window, read from its WAV when asked (a
 * stream in bounded memory; a few seconds for a two-hour recording, like the import's peaks pass) and kept
 * for the same file (path, size and modification time) and window. Media without sound answers no windows.
 */
export function createLoudnessApi(deps: ImportDependencies): Pick<ApiImplementation, 'media.loudness'> {
  const cache = new Map<string, CompactLoudness>();
  const read = async (wavPath: string, windowMs: number): Promise<CompactLoudness> => {
    const stat = await fs.stat(wavPath).catch(() => undefined);
    const key = stat && `${wavPath}|${stat.size}|${stat.mtimeMs}|${windowMs}`;
    const hit = key === undefined ? undefined : cache.get(key);
    if (hit) return hit;
    const answer = compactLoudness(await readLoudnessWindows(wavPath, windowMs), windowMs);
    if (key !== undefined) {
      cache.set(key, answer);
      for (const old of cache.keys()) if (cache.size > CACHED_ANSWERS) cache.delete(old);
    }
    return answer;
  };
  return {
    'media.loudness': async ({ sessionId, mediaId, windowMs = DEFAULT_LOUDNESS_WINDOW_MS }) => {
      const session = await deps.sessions.get(sessionId);
      const media = session.media.find((item) => item.id === mediaId);
      if (media && media.assets.audio === undefined) return { windowMs, durationMs: 0, rmsDbfs: [] };
      const wavPath = await resolveMediaAsset(deps, sessionId, mediaId, 'audio');
      return read(wavPath, windowMs).catch((error: unknown) => {
        if (error instanceof GuftaguError) throw error;
        throw engineError(
          'media-sound-unreadable',
          { name: media?.fileName ?? mediaId },
          { cause: error, details: String(error) },
        );
      });
    },
  };
}
