import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { SOCKET_TOKEN_PROTOCOL_PREFIX, TOKEN_HEADER } from '../../shared/api/wire';

/**
 * The token a request carries: the `x-guftagu-token` header, or (WebSocket upgrades only) a
 * `guftagu-token.<token>` subprotocol. Never a cookie (every server on 127.0.0.1 would receive it) and
 * never the query string (it would end up in history and logs).
 */
export function presentedToken(request: IncomingMessage, upgrade = false): string | undefined {
  const header = request.headers[TOKEN_HEADER];
  if (typeof header === 'string' && header !== '') return header;
  if (!upgrade) return undefined;
  const protocols = request.headers['sec-websocket-protocol'];
  if (typeof protocols !== 'string') return undefined;
  for (const protocol of protocols.split(',')) {
    const trimmed = protocol.trim();
    if (trimmed.startsWith(SOCKET_TOKEN_PROTOCOL_PREFIX))
      return trimmed.slice(SOCKET_TOKEN_PROTOCOL_PREFIX.length);
  }
  return undefined;
}

export function tokensMatch(presented: string | undefined, expected: string): boolean {
  if (presented === undefined) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
