import { useEffect, useMemo, useState } from 'react';
import { useClient } from '../api/ClientContext';
import { useReconnect } from '../hooks/useReconnect';
import { useRefreshable } from '../hooks/useRefreshable';
import { summariseBatches, type BatchSummary } from './exportPlan';

export interface ExportQueueState {
  batches: readonly BatchSummary[] | undefined;
  /** Live progress (0..1) and time left of the jobs running an output. */
  live: ReadonlyMap<string, { progress: number; etaMs?: number }>;
  refresh(): void;
}

/**
 * The session's export queue (export.queue), per batch. Export job events move the progress bars and, when a
 * job changes state, the list is asked again (the record's state, size and error are written by then).
 */
export function useExportQueue(sessionId: string): ExportQueueState {
  const { api, events } = useClient();
  const { data, refresh } = useRefreshable(`exports/${sessionId}`, () => api['export.queue']({ sessionId }));
  const [live, setLive] = useState<ReadonlyMap<string, { progress: number; etaMs?: number }>>(new Map());

  useEffect(() => {
    const states = new Map<string, string>();
    return events.on('jobs.event', (job) => {
      if (job.kind !== 'export' || job.sessionId !== sessionId) return;
      setLive((map) =>
        new Map(map).set(job.id, {
          progress: job.progress,
          ...(job.etaMs !== undefined ? { etaMs: job.etaMs } : {}),
        }),
      );
      if (states.get(job.id) !== job.state) {
        states.set(job.id, job.state);
        // The record is written just after the event; ask a moment later as well.
        refresh();
        setTimeout(refresh, 400);
      }
    });
  }, [events, refresh, sessionId]);
  useReconnect(refresh);

  const batches = useMemo(() => {
    if (!data) return undefined;
    const progress = new Map([...live].map(([jobId, value]) => [jobId, value.progress]));
    return summariseBatches(data, progress);
  }, [data, live]);
  return { batches, live, refresh };
}
