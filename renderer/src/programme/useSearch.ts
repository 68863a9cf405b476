import { useCallback, useRef, useState } from 'react';
import type { SearchResult } from '../../../shared/programme/schemas';
import { useClient } from '../api/ClientContext';
import { fieldError, type FieldError } from './engineError';

export type SearchState =
  | { state: 'idle' }
  | { state: 'searching'; text: string }
  | { state: 'done'; text: string; results: SearchResult[]; truncated: boolean }
  | { state: 'failed'; text: string; error: FieldError };

/** search.query; only the answer to the latest query is kept. */
export function useSearch(): { search: SearchState; run(text: string): void; clear(): void } {
  const { api } = useClient();
  const [search, setSearch] = useState<SearchState>({ state: 'idle' });
  const latest = useRef(0);
  const run = useCallback(
    (text: string) => {
      const request = ++latest.current;
      setSearch({ state: 'searching', text });
      api['search.query']({ text }).then(
        ({ results, truncated }) => {
          if (request === latest.current) setSearch({ state: 'done', text, results, truncated });
        },
        (error: unknown) => {
          if (request === latest.current) setSearch({ state: 'failed', text, error: fieldError(error) });
        },
      );
    },
    [api],
  );
  const clear = useCallback(() => {
    latest.current += 1;
    setSearch({ state: 'idle' });
  }, []);
  return { search, run, clear };
}
