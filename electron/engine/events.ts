import type { ApiEvent, EventListener, EventName, Unsubscribe } from '../../shared/api/contract';
import type { EngineEvents } from './types';

/**
 * A tiny typed event hub: the engine emits, each binding forwards. A listener that throws does not stop the
 * others, and what it threw is logged (to `log`, or stderr without one), never dropped.
 */
export function createEventHub(log?: (line: string) => void): EngineEvents {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const report = (event: EventName, error: unknown) => {
    const what = error instanceof Error ? (error.stack ?? error.message) : String(error);
    const line = `events: a listener of ${event} failed: ${what}`;
    if (log) log(line);
    else process.stderr.write(`${line}\n`);
  };
  return {
    on<E extends EventName>(event: E, listener: EventListener<E>): Unsubscribe {
      const set = listeners.get(event) ?? new Set();
      const wrapped = listener as (payload: unknown) => void;
      set.add(wrapped);
      listeners.set(event, set);
      return () => set.delete(wrapped);
    },
    emit<E extends EventName>(event: E, payload: ApiEvent<E>): void {
      for (const listener of listeners.get(event) ?? []) {
        try {
          listener(payload);
        } catch (error) {
          report(event, error);
        }
      }
    },
  };
}
