import {
  eventNames,
  type EventListener,
  type EventName,
  type EventSource,
  type Unsubscribe,
} from '../../../shared/api/contract';
import { parseEvent } from './validate';

type AnyListener = (payload: unknown) => void;

export function isEventName(name: string): name is EventName {
  return (eventNames as readonly string[]).includes(name);
}

/** Fans validated events out to listeners. A listener that throws is reported, not allowed to stop the rest. */
export class EventEmitter implements EventSource {
  private readonly listeners = new Map<EventName, Set<AnyListener>>();

  on<E extends EventName>(event: E, listener: EventListener<E>): Unsubscribe {
    const set = this.listeners.get(event) ?? new Set<AnyListener>();
    this.listeners.set(event, set);
    const stored = listener as AnyListener;
    set.add(stored);
    return () => {
      set.delete(stored);
    };
  }

  /** Validates and delivers an event that arrived from outside; unknown or malformed events are dropped. */
  emitRaw(event: string, payload: unknown): void {
    if (!isEventName(event)) {
      console.warn(`Ignoring unknown event ${event}`);
      return;
    }
    const parsed = parseEvent(event, payload);
    if (parsed === undefined) return;
    for (const listener of [...(this.listeners.get(event) ?? [])]) {
      try {
        listener(parsed);
      } catch (error) {
        console.error(`A ${event} listener failed`, error);
      }
    }
  }
}
