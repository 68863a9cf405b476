import { useCallback, useEffect } from 'react';
import { finishedJobStates } from '../../../shared/model/jobs';
import type { SessionView } from '../../../shared/model/session';
import { useClient } from '../api/ClientContext';
import { useReport } from './ErrorsContext';
import { useReconnect } from './useReconnect';
import { useRefreshable } from './useRefreshable';

export interface SessionViewState {
  view: SessionView | undefined;
  refresh(): void;
  rename(title: string): Promise<boolean>;
  removeMedia(mediaId: string): Promise<void>;
  relinkMedia(mediaId: string, path: string): Promise<boolean>;
}

/** One open session; reloads when the workspace changes or one of its jobs ends. */
export function useSessionView(sessionId: string): SessionViewState {
  const { api, events } = useClient();
  const report = useReport();
  const { data, refresh } = useRefreshable(sessionId, () => api['sessions.get']({ sessionId }));

  useEffect(() => {
    const offWorkspace = events.on('workspace.changed', (change) => {
      if (change.sessionId === undefined || change.sessionId === sessionId) refresh();
    });
    const offJobs = events.on('jobs.event', (job) => {
      if (job.sessionId === sessionId && finishedJobStates.includes(job.state)) refresh();
    });
    return () => {
      offWorkspace();
      offJobs();
    };
  }, [events, refresh, sessionId]);
  useReconnect(refresh);

  const attempt = useCallback(
    async (action: () => Promise<unknown>): Promise<boolean> => {
      try {
        await action();
        refresh();
        return true;
      } catch (error) {
        report(error);
        return false;
      }
    },
    [refresh, report],
  );

  return {
    view: data,
    refresh,
    rename: (title) => attempt(() => api['sessions.rename']({ sessionId, title })),
    removeMedia: async (mediaId) => {
      await attempt(() => api['media.remove']({ sessionId, mediaId }));
    },
    relinkMedia: (mediaId, path) => attempt(() => api['media.relink']({ sessionId, mediaId, path })),
  };
}
