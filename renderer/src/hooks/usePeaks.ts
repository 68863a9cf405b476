import { useEffect, useState } from 'react';
import type { Peaks } from '../../../shared/model/media';
import { useClient } from '../api/ClientContext';
import { useReport } from './ErrorsContext';

/** Waveform peaks of one media (`buckets` values, 0..1), loaded once it is ready. */
export function usePeaks(
  sessionId: string,
  mediaId: string,
  enabled: boolean,
  buckets: number,
): Peaks | undefined {
  const { api } = useClient();
  const report = useReport();
  const [peaks, setPeaks] = useState<{ key: string; peaks: Peaks } | undefined>(undefined);
  const key = `${sessionId}/${mediaId}/${buckets}`;

  useEffect(() => {
    if (!enabled) return;
    let current = true;
    api['media.peaks']({ sessionId, mediaId, buckets }).then(
      (result) => {
        if (current) setPeaks({ key, peaks: result });
      },
      (error: unknown) => {
        if (current) report(error);
      },
    );
    return () => {
      current = false;
    };
  }, [api, buckets, enabled, key, mediaId, report, sessionId]);

  return peaks?.key === key ? peaks.peaks : undefined;
}
