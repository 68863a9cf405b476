import type { WebSocket, WebSocketServer } from 'ws';
import { eventNames, isMethodName, type GuftaguApi } from '../../shared/api/contract';
import { wireRequestSchema, type WireMessage } from '../../shared/api/wire';
import { GuftaguError, toErrorInfo } from '../../shared/errors';
import type { Engine } from '../engine/types';

/** Binds the contract to WebSocket messages: calls in, results and events out. */
export function bindApiToSockets(wss: WebSocketServer, engine: Engine): () => void {
  const unsubscribes = eventNames.map((event) =>
    engine.events.on(event, (payload) => {
      const message: WireMessage = { type: 'event', event, payload };
      const text = JSON.stringify(message);
      for (const client of wss.clients) if (client.readyState === client.OPEN) client.send(text);
    }),
  );
  wss.on('connection', (socket: WebSocket) => {
    socket.on('message', (data) => void handleMessage(socket, engine.api, String(data)));
  });
  return () => unsubscribes.forEach((unsubscribe) => unsubscribe());
}

async function handleMessage(socket: WebSocket, api: GuftaguApi, text: string): Promise<void> {
  let parsed;
  try {
    parsed = wireRequestSchema.parse(JSON.parse(text));
  } catch {
    return; // Not a call: nothing to answer to.
  }
  const reply = await callApi(api, parsed.method, parsed.payload).then(
    (payload): WireMessage => ({ type: 'result', id: parsed.id, ok: true, payload }),
    (error: unknown): WireMessage => ({
      type: 'result',
      id: parsed.id,
      ok: false,
      error: toErrorInfo(error),
    }),
  );
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(reply));
}

/** Calls a method by name; the engine checks the payload against the contract. */
export async function callApi(api: GuftaguApi, method: string, payload: unknown): Promise<unknown> {
  if (!isMethodName(method)) {
    throw new GuftaguError(
      'invalid-request',
      `There is no method "${method}".`,
      'Update the page (reload) so it matches this Guftagu.',
    );
  }
  const handler = api[method] as (request: unknown) => Promise<unknown>;
  return handler(payload);
}
