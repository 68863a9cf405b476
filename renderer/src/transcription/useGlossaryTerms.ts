import { useEffect } from 'react';
import { useClient } from '../api/ClientContext';
import { useReconnect } from '../hooks/useReconnect';
import { useRefreshable } from '../hooks/useRefreshable';

/**
 * The workspace glossary's terms, kept fresh: reloaded when any window (or the CLI, through this server)
 * changes glossary.json (workspace.changed, kind 'glossary'), and after a reconnect.
 */
export function useGlossaryTerms(): { terms: readonly string[] | undefined; refresh(): void } {
  const { api, events } = useClient();
  const { data, refresh } = useRefreshable('glossary', () => api['glossary.list']({}));
  useEffect(
    () =>
      events.on('workspace.changed', (change) => {
        if (change.kind === undefined || change.kind === 'glossary') refresh();
      }),
    [events, refresh],
  );
  useReconnect(refresh);
  return { terms: data?.terms, refresh };
}
