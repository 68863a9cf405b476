import {
  eventNames,
  methodNames,
  type ApiEvent,
  type EventName,
  type GuftaguApi,
  type Unsubscribe,
} from '../../shared/api/contract';
import { createEventHub } from '../engine/events';
import type { Engine, EngineEvents } from '../engine/types';

export interface EngineHolder {
  /** The engine serving now. */
  current(): Engine;
  /**
   * One stable engine for everything main binds once (IPC handlers, the media protocol, Help, quit):
   * each call goes to the current engine, and its events carry the current engine's events. `emit`
   * lets main announce a change of its own (the workspace switched).
   */
  readonly engine: Engine & { events: EngineEvents };
  /** Makes `next` serve from now on. Closing the previous engine is the caller's job. */
  replace(next: Engine): void;
}

export function createEngineHolder(initial: Engine): EngineHolder {
  let current = initial;
  const hub = createEventHub();

  const forward = <E extends EventName>(source: Engine, event: E): Unsubscribe =>
    source.events.on(event, (payload: ApiEvent<E>) => hub.emit(event, payload));
  const subscribe = (source: Engine): Unsubscribe[] => eventNames.map((event) => forward(source, event));
  let subscriptions = subscribe(current);

  const api = Object.fromEntries(
    methodNames.map((name) => [
      name,
      // Looked up on every call, so a call made after a switch reaches the new engine.
      (request: unknown) => (current.api[name] as (request: unknown) => Promise<unknown>)(request),
    ]),
  ) as GuftaguApi;

  const engine: Engine & { events: EngineEvents } = {
    api,
    events: hub,
    get workspacePath() {
      return current.workspacePath;
    },
    get uploadsPath() {
      return current.uploadsPath;
    },
    resolveMediaAsset: (sessionId, mediaId, asset) => current.resolveMediaAsset(sessionId, mediaId, asset),
    close: () => current.close(),
  };

  return {
    current: () => current,
    engine,
    replace(next) {
      if (next === current) return;
      for (const unsubscribe of subscriptions) unsubscribe();
      current = next;
      subscriptions = subscribe(next);
    },
  };
}
