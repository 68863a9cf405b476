import { useCallback, useEffect, useRef, useState } from 'react';
import { useReport } from './ErrorsContext';

export interface Refreshable<T> {
  /** Undefined until the first load for this key has arrived. */
  data: T | undefined;
  refresh(): void;
}

/**
 * Loads data for `key` and reloads on demand. Only the answer to the latest request is kept, so a slow
 * reply for an older request (or another key) never overwrites a newer one. Failures go to the banner.
 */
export function useRefreshable<T>(key: string, load: () => Promise<T>): Refreshable<T> {
  const report = useReport();
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  const sequence = useRef(0);
  const [state, setState] = useState<{ key: string; data: T | undefined }>({ key, data: undefined });

  const refresh = useCallback(() => {
    const request = ++sequence.current;
    loadRef.current().then(
      (data) => {
        if (request === sequence.current) setState({ key, data });
      },
      (error: unknown) => {
        if (request === sequence.current) report(error);
      },
    );
  }, [key, report]);

  useEffect(() => refresh(), [refresh]);
  return { data: state.key === key ? state.data : undefined, refresh };
}
