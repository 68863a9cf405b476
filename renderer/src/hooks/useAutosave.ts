import { useEffect, useRef, useState } from 'react';
import { Autosaver, type SaveStatus } from './autosaver';
import { registerFlusher } from './pendingSaves';

/**
 * Saves `value` with `save` once it has been still for `delayMs`, and flushes on unmount (mount a new
 * editor per document, e.g. with `key`, so switching documents flushes the old one). A failure of that
 * last flush can no longer be shown beside the field, so it goes to `onLostFailure`.
 */
export function useAutosave<T>(
  value: T,
  save: (value: T) => Promise<unknown>,
  delayMs: number,
  onLostFailure?: (message: string) => void,
): SaveStatus {
  const saveRef = useRef(save);
  const lostRef = useRef(onLostFailure);
  useEffect(() => {
    saveRef.current = save;
    lostRef.current = onLostFailure;
  });
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const [saver] = useState(
    () => new Autosaver<T>(value, (next) => saveRef.current(next), delayMs, setStatus),
  );

  useEffect(() => saver.update(value), [saver, value]);
  useEffect(() => registerFlusher(() => saver.flush()), [saver]);
  useEffect(
    () => () => {
      void saver.flush().then((outcome) => {
        if (outcome?.state === 'failed') lostRef.current?.(outcome.message);
      });
    },
    [saver],
  );
  return status;
}
