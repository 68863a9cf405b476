import { useEffect, useRef } from 'react';
import { useClient } from '../api/ClientContext';

/** Calls `onReconnect` when the connection comes back after a drop: events may have been missed. */
export function useReconnect(onReconnect: () => void): void {
  const { connection } = useClient();
  const callback = useRef(onReconnect);
  useEffect(() => {
    callback.current = onReconnect;
  });
  useEffect(() => {
    let wasDown = connection.state !== 'open';
    return connection.onChange((state) => {
      if (state === 'open' && wasDown) callback.current();
      wasDown = state !== 'open';
    });
  }, [connection]);
}
