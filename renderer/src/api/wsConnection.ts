import type { ApiRequest, ApiResponse, MethodName } from '../../../shared/api/contract';
import { wireMessageSchema, type WireMessage, type WireRequest } from '../../../shared/api/wire';
import { GuftaguError } from '../../../shared/errors';
import type { ConnectionState, ConnectionStatus } from './connection';
import { EventEmitter } from './emitter';
import { parseResponse, validateRequest } from './validate';

/** The part of the browser's WebSocket this client uses, so tests can pass a fake. */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  onopen: ((event: Event) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
}

export interface WsConnectionOptions {
  url: string;
  createSocket: (url: string) => SocketLike;
  setTimer?: (callback: () => void, delayMs: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Delay before reconnect attempt n (1-based). */
  backoffMs?: (attempt: number) => number;
  /** After this many failed attempts in a row, calls still waiting to be sent are rejected. */
  giveUpQueuedAfter?: number;
}

const OPEN = 1;
export const defaultBackoffMs = (attempt: number): number => Math.min(5000, 250 * 2 ** (attempt - 1));

interface Pending {
  id: number;
  method: MethodName;
  message: string;
  resolve: (payload: unknown) => void;
  reject: (error: GuftaguError) => void;
}

const lostConnection = (method: string) =>
  new GuftaguError(
    'internal',
    `Lost the connection to Guftagu before it answered (${method}).`,
    'Check that the Guftagu server is still running; the page reconnects by itself. Then try again.',
  );
const unreachable = (method: string) =>
  new GuftaguError(
    'internal',
    `Cannot reach the Guftagu server (${method}).`,
    'Start Guftagu again (guftagu serve) and reload this page. If it asks for a token, open the link it printed.',
  );

/** The browser-mode binding: calls and events over one WebSocket, queued until open, reconnecting on loss. */
export class WsConnection implements ConnectionStatus {
  readonly events = new EventEmitter();
  private socket: SocketLike | undefined;
  private nextId = 1;
  private failures = 0;
  private everOpened = false;
  private closed = false;
  private timer: unknown;
  private readonly queued: Pending[] = [];
  private readonly inFlight = new Map<number, Pending>();
  private readonly stateListeners = new Set<(state: ConnectionState) => void>();
  private currentState: ConnectionState = 'connecting';
  private readonly setTimer: (callback: () => void, delayMs: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(private readonly options: WsConnectionOptions) {
    this.setTimer = options.setTimer ?? ((callback, delayMs) => setTimeout(callback, delayMs));
    this.clearTimer =
      options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
    this.connect();
  }

  get state(): ConnectionState {
    return this.currentState;
  }

  onChange(listener: (state: ConnectionState) => void): () => void {
    this.stateListeners.add(listener);
    return () => {
      this.stateListeners.delete(listener);
    };
  }

  call<M extends MethodName>(method: M, request: ApiRequest<M>): Promise<ApiResponse<M>> {
    try {
      validateRequest(method, request);
    } catch (error) {
      return Promise.reject(error);
    }
    if (this.closed) return Promise.reject(unreachable(method));
    const id = this.nextId++;
    const wire: WireRequest = { type: 'call', id, method, payload: request };
    return new Promise<unknown>((resolve, reject) => {
      const pending: Pending = { id, method, message: JSON.stringify(wire), resolve, reject };
      if (this.socket?.readyState === OPEN) this.send(pending);
      else this.queued.push(pending);
    }).then((payload) => parseResponse(method, payload));
  }

  /** Stops for good: rejects everything waiting and does not reconnect. */
  close(): void {
    this.closed = true;
    if (this.timer !== undefined) this.clearTimer(this.timer);
    this.socket?.close();
    this.rejectAll(this.queued.splice(0), unreachable);
  }

  private send(pending: Pending): void {
    this.inFlight.set(pending.id, pending);
    this.socket?.send(pending.message);
  }

  private setState(state: ConnectionState): void {
    if (state === this.currentState) return;
    this.currentState = state;
    for (const listener of [...this.stateListeners]) listener(state);
  }

  private connect(): void {
    this.timer = undefined;
    const socket = this.options.createSocket(this.options.url);
    this.socket = socket;
    socket.onopen = () => this.handleOpen();
    socket.onmessage = (event) => this.handleMessage(event.data);
    socket.onclose = () => this.handleClose(socket);
    socket.onerror = () => undefined; // a close always follows; handled there
  }

  private handleOpen(): void {
    this.failures = 0;
    this.everOpened = true;
    this.setState('open');
    for (const pending of this.queued.splice(0)) this.send(pending);
  }

  private handleClose(socket: SocketLike): void {
    if (socket !== this.socket) return;
    this.socket = undefined;
    const lost = [...this.inFlight.values()];
    this.inFlight.clear();
    this.rejectAll(lost, lostConnection);
    if (this.closed) return;
    this.failures += 1;
    if (this.failures >= (this.options.giveUpQueuedAfter ?? 4))
      this.rejectAll(this.queued.splice(0), unreachable);
    this.setState(this.everOpened ? 'reconnecting' : 'connecting');
    this.timer = this.setTimer(
      () => this.connect(),
      (this.options.backoffMs ?? defaultBackoffMs)(this.failures),
    );
  }

  private rejectAll(list: Pending[], makeError: (method: string) => GuftaguError): void {
    for (const pending of list) pending.reject(makeError(pending.method));
  }

  private handleMessage(data: unknown): void {
    let message: WireMessage;
    try {
      const parsed = wireMessageSchema.safeParse(JSON.parse(String(data)));
      if (!parsed.success) throw new Error(parsed.error.message);
      message = parsed.data;
    } catch (error) {
      console.error('Ignoring a malformed message from the Guftagu server', error);
      return;
    }
    if (message.type === 'event') {
      this.events.emitRaw(message.event, message.payload);
      return;
    }
    const pending = this.inFlight.get(message.id);
    if (pending === undefined) {
      console.warn(`Ignoring an answer to unknown call ${message.id}`);
      return;
    }
    this.inFlight.delete(message.id);
    if (message.ok) pending.resolve(message.payload);
    else pending.reject(GuftaguError.fromInfo(message.error));
  }
}
