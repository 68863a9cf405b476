import { z } from 'zod';
import { documentChangeSchema } from '../model/documents';
import { jobSnapshotSchema } from '../model/jobs';
import { appMethods } from './methods/app';
import { clipMethods } from './methods/clips';
import { glossaryMethods } from './methods/glossary';
import { jobMethods } from './methods/jobs';
import { mediaMethods } from './methods/media';
import { programmeMethods } from './methods/programme';
import { sessionMethods } from './methods/sessions';
import { subtitleMethods } from './methods/subtitles';
import { transcriptionMethods } from './methods/transcription';

/**
 * The one API contract. Every binding (Electron IPC, the browser-mode server, the renderer's client)
 * is derived from this object; never write these types a second time. Each domain declares its methods
 * in methods/<domain>.ts (name `domain.verb`, a zod request and response schema).
 */
export const apiMethods = {
  ...appMethods,
  ...sessionMethods,
  ...mediaMethods,
  ...transcriptionMethods,
  ...subtitleMethods,
  ...jobMethods,
  ...programmeMethods,
  ...clipMethods,
  ...glossaryMethods,
} as const;

export const apiEvents = {
  'jobs.event': jobSnapshotSchema,
  // A document was written (kind, sessionId, documentId); without a kind, anything may have changed.
  'workspace.changed': documentChangeSchema.partial(),
} as const;

export type ApiMethods = typeof apiMethods;
export type MethodName = keyof ApiMethods;
export type EventName = keyof typeof apiEvents;
export const methodNames = Object.keys(apiMethods) as MethodName[];
export const eventNames = Object.keys(apiEvents) as EventName[];

export type ApiRequest<M extends MethodName> = z.input<ApiMethods[M]['request']>;
export type ApiResponse<M extends MethodName> = z.output<ApiMethods[M]['response']>;
export type ApiEvent<E extends EventName> = z.output<(typeof apiEvents)[E]>;

/** A request after the contract has checked it (defaults filled in): what the engine's handlers receive. */
export type ParsedRequest<M extends MethodName> = z.output<ApiMethods[M]['request']>;

/** The engine's handlers; the engine wraps them so every call is checked against the contract first. */
export type ApiImplementation = { [M in MethodName]: (request: ParsedRequest<M>) => Promise<ApiResponse<M>> };

/** The engine implements this; every binding exposes exactly this. */
export type GuftaguApi = { [M in MethodName]: (request: ApiRequest<M>) => Promise<ApiResponse<M>> };

export type EventListener<E extends EventName> = (payload: ApiEvent<E>) => void;
export type Unsubscribe = () => void;
export interface EventSource {
  on<E extends EventName>(event: E, listener: EventListener<E>): Unsubscribe;
}

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(apiMethods, name);
}

/** IPC channel names: one per method, one for events. */
export const ipcChannel = (name: MethodName) => `guftagu:${name}`;
export const IPC_EVENT_CHANNEL = 'guftagu:event';
