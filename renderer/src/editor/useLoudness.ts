import { useEffect, useState } from 'react';
import { expandLoudness } from '../../../shared/media/loudness';
import type { LoudnessWindow } from '../../../shared/transcript/hallucination';
import { useClient } from '../api/ClientContext';
import { useReport } from '../hooks/ErrorsContext';

const NONE: readonly LoudnessWindow[] = [];

/**
 * The recording's RMS loudness windows (media.loudness), for the "text over silence" check; none until they
 * arrive, or when the media has no extracted sound (then only loops are checked). The same array until the
 * media changes, so the check's per-cue cache holds.
 */
export function useLoudness(sessionId: string, mediaId: string, enabled: boolean): readonly LoudnessWindow[] {
  const { api } = useClient();
  const report = useReport();
  const key = `${sessionId}/${mediaId}`;
  const [loaded, setLoaded] = useState<{ key: string; windows: readonly LoudnessWindow[] } | undefined>(
    undefined,
  );

  useEffect(() => {
    if (!enabled) return;
    let current = true;
    const ask = () =>
      void api['media.loudness']({ sessionId, mediaId }).then(
        (result) => {
          if (current) setLoaded({ key, windows: expandLoudness(result) });
        },
        (error: unknown) => {
          if (current) report(error);
        },
      );
    // When the page is next idle (the editor has painted), at most 2 s later.
    const idle = window.requestIdleCallback?.(ask, { timeout: 2_000 });
    const timer = idle === undefined ? window.setTimeout(ask, 500) : undefined;
    return () => {
      current = false;
      if (idle !== undefined) window.cancelIdleCallback(idle);
      if (timer !== undefined) window.clearTimeout(timer);
    };
  }, [api, enabled, key, mediaId, report, sessionId]);

  return loaded?.key === key ? loaded.windows : NONE;
}
