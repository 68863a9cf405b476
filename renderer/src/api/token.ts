import { TOKEN_QUERY } from '../../../shared/api/wire';

export const TOKEN_STORAGE_KEY = 'guftagu.token';

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * Browser mode: the server prints a link with ?token=…; it also sets a cookie and redirects, so the
 * token may never reach the page. When it does, keep it for this tab so the socket can present it too.
 */
export function bootstrapToken(search: string, storage: StorageLike): void {
  const token = new URLSearchParams(search).get(TOKEN_QUERY);
  if (token) storage.setItem(TOKEN_STORAGE_KEY, token);
}

export function storedToken(storage: StorageLike): string | undefined {
  return storage.getItem(TOKEN_STORAGE_KEY) ?? undefined;
}

/** ws(s)://host/ws, with ?token= when this tab holds one (the cookie is sent anyway). */
export function socketUrl(location: Pick<Location, 'protocol' | 'host'>, token: string | undefined): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const query = token ? `?${TOKEN_QUERY}=${encodeURIComponent(token)}` : '';
  return `${scheme}://${location.host}/ws${query}`;
}

export function browserMediaUrl(sessionId: string, mediaId: string, asset: string): string {
  return `/media/${encodeURIComponent(sessionId)}/${encodeURIComponent(mediaId)}/${asset}`;
}
