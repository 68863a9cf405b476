import { useCallback, useEffect } from 'react';
import type { Session, SessionSummary } from '../../../shared/model/session';
import { useClient } from '../api/ClientContext';
import { useReport } from './ErrorsContext';
import { useReconnect } from './useReconnect';
import { useRefreshable } from './useRefreshable';

export interface SessionsState {
  sessions: readonly SessionSummary[] | undefined;
  refresh(): void;
  create(title: string): Promise<Session | undefined>;
}

/** The library: all sessions, kept fresh by `workspace.changed`. */
export function useSessions(): SessionsState {
  const { api, events } = useClient();
  const report = useReport();
  const { data, refresh } = useRefreshable('sessions', () => api['sessions.list']({}));
  useEffect(() => events.on('workspace.changed', () => refresh()), [events, refresh]);
  useReconnect(refresh);

  const create = useCallback(
    async (title: string) => {
      try {
        const session = await api['sessions.create']({ title });
        refresh();
        return session;
      } catch (error) {
        report(error);
        return undefined;
      }
    },
    [api, refresh, report],
  );
  return { sessions: data, refresh, create };
}
