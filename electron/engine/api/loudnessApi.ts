import type { ApiImplementation } from '../../../shared/api/contract';
import { GuftaguError } from '../../../shared/errors';
import { compactLoudness } from '../../../shared/media/loudness';
import { readLoudnessWindows } from '../media/loudness';
import type { ImportDependencies } from '../media/importMedia';
import { resolveMediaAsset } from './mediaApi';

/** 100 ms: fine enough for a cue's silent share (cues last 0.8–7 s), 10 numbers a second to send. */
export const DEFAULT_LOUDNESS_WINDOW_MS = 100;

/**
 * media.loudness: the RMS level of the media's extracted sound per window, read from its WAV when asked (a
 * stream; about a second for a two-hour recording). Media without sound answers no windows.
 */
export function createLoudnessApi(deps: ImportDependencies): Pick<ApiImplementation, 'media.loudness'> {
  return {
    'media.loudness': async ({ sessionId, mediaId, windowMs = DEFAULT_LOUDNESS_WINDOW_MS }) => {
      const session = await deps.sessions.get(sessionId);
      const media = session.media.find((item) => item.id === mediaId);
      if (media && media.assets.audio === undefined) return { windowMs, durationMs: 0, rmsDbfs: [] };
      const wavPath = await resolveMediaAsset(deps, sessionId, mediaId, 'audio');
      const windows = await readLoudnessWindows(wavPath, windowMs).catch((error: unknown) => {
        if (error instanceof GuftaguError) throw error;
        throw new GuftaguError(
          'file-unreadable',
          `The extracted sound of ${media?.fileName ?? mediaId} cannot be read.`,
          'Import the recording again.',
          { cause: error, details: String(error) },
        );
      });
      return compactLoudness(windows, windowMs);
    },
  };
}
