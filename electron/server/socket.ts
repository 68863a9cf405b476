import type { RawData, WebSocket, WebSocketServer } from 'ws';
import { eventNames, isMethodName, type GuftaguApi } from '../../shared/api/contract';
import { wireRequestSchema, type WireMessage } from '../../shared/api/wire';
import { engineError } from '../../shared/errorTexts';
import type { Engine } from '../engine/types';
import { publicErrorInfo } from './refusal';

export interface SocketBindingOptions {
  /** Checked before every call (browser mode: the paths a call may name). Throws to refuse. */
  guard: (method: string, payload: unknown) => Promise<void>;
  log: (line: string) => void;
}

/**
 * Binds the contract to WebSocket messages: calls in, results and events out. A malformed frame (bad
 * UTF-8, an unmasked or reserved frame, one over the size limit) closes that socket only; every socket
 * has an 'error' listener, so nothing a client sends can stop the server.
 */
export function bindApiToSockets(
  wss: WebSocketServer,
  engine: Engine,
  options: SocketBindingOptions,
): () => void {
  const unsubscribes = eventNames.map((event) =>
    engine.events.on(event, (payload) => {
      const message: WireMessage = { type: 'event', event, payload };
      const text = JSON.stringify(message);
      for (const client of wss.clients) if (client.readyState === client.OPEN) client.send(text);
    }),
  );
  wss.on('error', (error) => options.log(`server: socket server error: ${error.message}`));
  wss.on('connection', (socket: WebSocket) => {
    socket.on('error', (error) => {
      options.log(`server: closed a socket that sent a bad frame: ${error.message}`);
    });
    socket.on('message', (data: RawData, isBinary: boolean) => {
      if (isBinary) return; // Calls are JSON text.
      handleMessage(socket, engine.api, rawText(data), options).catch((error: unknown) =>
        options.log(`server: socket call failed: ${String(error)}`),
      );
    });
  });
  return () => unsubscribes.forEach((unsubscribe) => unsubscribe());
}

function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data as ArrayBuffer).toString('utf8');
}

async function handleMessage(
  socket: WebSocket,
  api: GuftaguApi,
  text: string,
  options: SocketBindingOptions,
): Promise<void> {
  let parsed;
  try {
    parsed = wireRequestSchema.parse(JSON.parse(text));
  } catch {
    return; // Not a call: nothing to answer to.
  }
  const { id, method, payload } = parsed;
  const reply = await options
    .guard(method, payload)
    .then(() => callApi(api, method, payload))
    .then(
      (result): WireMessage => ({ type: 'result', id, ok: true, payload: result }),
      (error: unknown): WireMessage => ({
        type: 'result',
        id,
        ok: false,
        error: publicErrorInfo(error, options.log),
      }),
    );
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(reply));
}

/** Calls a method by name; the engine checks the payload against the contract. */
export async function callApi(api: GuftaguApi, method: string, payload: unknown): Promise<unknown> {
  if (!isMethodName(method)) {
    throw engineError('method-unknown', { method: method.slice(0, 80) });
  }
  const handler = api[method] as (request: unknown) => Promise<unknown>;
  return handler(payload);
}
