import type { IpcMainInvokeEvent } from 'electron';
import { vi } from 'vitest';
import {
  methodNames,
  type EventListener,
  type EventName,
  type GuftaguApi,
} from '../../../shared/api/contract';
import type { Engine, EngineEvents } from '../../../electron/engine/types';

/** An event hub like the engine's, for tests. */
export function fakeEvents(): EngineEvents {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  return {
    on<E extends EventName>(event: E, listener: EventListener<E>) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      const wrapped = (payload: unknown) => listener(payload as Parameters<EventListener<E>>[0]);
      set.add(wrapped);
      return () => set.delete(wrapped);
    },
    emit(event, payload) {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
  };
}

/** An engine whose every method is a spy that rejects unless a test gives it an answer. */
export function fakeEngine(
  overrides: Partial<Omit<Engine, 'events'>> = {},
): Engine & { events: EngineEvents } {
  const api = Object.fromEntries(
    methodNames.map((name) => [name, vi.fn(async () => Promise.reject(new Error(`${name} not faked`)))]),
  ) as unknown as GuftaguApi;
  return {
    api,
    events: fakeEvents(),
    workspacePath: '/tmp/workspace',
    uploadsPath: '/tmp/workspace/uploads',
    resolveMediaAsset: vi.fn(async () => Promise.reject(new Error('not found'))),
    close: vi.fn(async () => {}),
    ...overrides,
  };
}

/** A stand-in for an IPC event from a given sender and frame URL. */
export function fakeInvokeEvent(sender: object, frameUrl: string): IpcMainInvokeEvent {
  return { sender, senderFrame: { url: frameUrl } } as unknown as IpcMainInvokeEvent;
}
