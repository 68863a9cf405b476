import type { ApiEvent, EventListener, EventName, Unsubscribe } from '../../shared/api/contract';
import type { EngineEvents } from './types';

/** A tiny typed event hub: the engine emits, each binding forwards. */
export function createEventHub(): EngineEvents {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
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
        } catch {
          // One broken listener must not stop the others.
        }
      }
    },
  };
}
