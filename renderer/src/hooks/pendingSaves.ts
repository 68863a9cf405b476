/**
 * Everything on the page that may hold an unsaved change registers how to save it now. When the desktop
 * app is about to close the window (or switch workspace) it asks the page to flush, and waits.
 */
export type Flusher = () => Promise<unknown>;

const flushers = new Set<Flusher>();

export function registerFlusher(flusher: Flusher): () => void {
  flushers.add(flusher);
  return () => {
    flushers.delete(flusher);
  };
}

/** Saves everything pending; one failing save does not stop the others. */
export async function flushPendingSaves(): Promise<void> {
  await Promise.allSettled([...flushers].map((flush) => flush()));
}
