import { SOCKET_PROTOCOL, SOCKET_TOKEN_PROTOCOL_PREFIX, TOKEN_QUERY } from '../../../shared/api/wire';
import {
  MEDIA_EXPIRY_QUERY,
  MEDIA_SIGNATURE_QUERY,
  mediaExpiryMs,
  signMediaPath,
} from '../../../shared/security/mediaSignature';

export const TOKEN_STORAGE_KEY = 'guftagu.token';

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * Browser mode: the server prints a link with `#token=…` (a fragment never reaches a server). The page
 * keeps the token for this tab in sessionStorage (no cookie: every server on 127.0.0.1 would receive
 * one) and sends it as a header. Returns true when the address carried a token, so it can be removed
 * from the address bar and history.
 */
export function bootstrapToken(location: Pick<Location, 'search' | 'hash'>, storage: StorageLike): boolean {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get(TOKEN_QUERY);
  const fromQuery = new URLSearchParams(location.search).get(TOKEN_QUERY);
  const token = fromHash || fromQuery;
  if (token) storage.setItem(TOKEN_STORAGE_KEY, token);
  return Boolean(token);
}

export function storedToken(storage: StorageLike): string | undefined {
  return storage.getItem(TOKEN_STORAGE_KEY) ?? undefined;
}

/** ws(s)://host/ws: the token travels as a subprotocol, not in the address. */
export function socketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/ws`;
}

/** The subprotocols the page offers: the one the server picks, and the one that carries the token. */
export function socketProtocols(token: string | undefined): string[] {
  return token ? [SOCKET_PROTOCOL, `${SOCKET_TOKEN_PROTOCOL_PREFIX}${token}`] : [SOCKET_PROTOCOL];
}

/** A media URL signed for this one asset, valid for an hour or two (stable within the hour). */
export function browserMediaUrl(
  token: string | undefined,
  sessionId: string,
  mediaId: string,
  asset: string,
  nowMs: number = Date.now(),
): string {
  const pathname = `/media/${encodeURIComponent(sessionId)}/${encodeURIComponent(mediaId)}/${encodeURIComponent(asset)}`;
  return signedBrowserUrl(token, pathname, nowMs);
}

/** Any served path (media, a download, a zip) signed the same way: `?exp=&sig=` for this one path. */
export function signedBrowserUrl(
  token: string | undefined,
  pathname: string,
  nowMs: number = Date.now(),
): string {
  if (!token) return pathname;
  const expiresAtMs = mediaExpiryMs(nowMs);
  const signature = signMediaPath(token, pathname, expiresAtMs);
  return `${pathname}?${MEDIA_EXPIRY_QUERY}=${expiresAtMs}&${MEDIA_SIGNATURE_QUERY}=${signature}`;
}
