import { useEffect } from 'react';
import { useClient } from '../api/ClientContext';
import { flushPendingSaves } from './pendingSaves';

/** Answers the desktop app's "save before closing" request by saving everything pending on the page. */
export function useFlushOnRequest(): void {
  const { onFlushRequest } = useClient();
  useEffect(() => onFlushRequest(flushPendingSaves), [onFlushRequest]);
}
