import { z } from 'zod';
import { errorInfoSchema } from '../errors';

/** Messages on the browser-mode WebSocket. Payloads are checked against the contract on each side. */
export const wireRequestSchema = z.object({
  type: z.literal('call'),
  id: z.number().int(),
  method: z.string(),
  payload: z.unknown(),
});
export type WireRequest = z.infer<typeof wireRequestSchema>;

export const wireMessageSchema = z.union([
  z.object({ type: z.literal('result'), id: z.number().int(), ok: z.literal(true), payload: z.unknown() }),
  z.object({ type: z.literal('result'), id: z.number().int(), ok: z.literal(false), error: errorInfoSchema }),
  z.object({ type: z.literal('event'), event: z.string(), payload: z.unknown() }),
]);
export type WireMessage = z.infer<typeof wireMessageSchema>;

/** IPC replies carry errors as data, since Electron flattens thrown errors to a string. */
export const ipcReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), payload: z.unknown() }),
  z.object({ ok: z.literal(false), error: errorInfoSchema }),
]);
export type IpcReply = z.infer<typeof ipcReplySchema>;

export const TOKEN_HEADER = 'x-guftagu-token';
/** The printed link carries the token in its fragment (`#token=…`), which browsers never send to a server. */
export const TOKEN_QUERY = 'token';
/**
 * A browser WebSocket cannot send headers, so the page offers two subprotocols: `guftagu` (which the server
 * picks) and `guftagu-token.<token>`, which carries the token in the upgrade's Sec-WebSocket-Protocol header.
 */
export const SOCKET_PROTOCOL = 'guftagu';
export const SOCKET_TOKEN_PROTOCOL_PREFIX = 'guftagu-token.';
