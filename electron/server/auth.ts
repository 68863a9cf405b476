import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { TOKEN_HEADER, TOKEN_QUERY } from '../../shared/api/wire';

export const TOKEN_COOKIE = 'guftagu_token';

/** The token a request carries: header, query string or the cookie set on first visit. */
export function presentedToken(request: IncomingMessage, url: URL): string | undefined {
  const header = request.headers[TOKEN_HEADER];
  if (typeof header === 'string' && header !== '') return header;
  const query = url.searchParams.get(TOKEN_QUERY);
  if (query) return query;
  return readCookie(request.headers.cookie, TOKEN_COOKIE);
}

export function tokensMatch(presented: string | undefined, expected: string): boolean {
  if (presented === undefined) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

export function tokenCookie(token: string): string {
  return `${TOKEN_COOKIE}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`;
}

/** A WebSocket from another web page would carry our cookie's origin only if it were ours. */
export function isSameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true; // not a browser (CLI tools, tests)
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}
