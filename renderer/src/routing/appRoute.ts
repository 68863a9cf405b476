/**
 * Where the person is in the app, kept in the address's fragment so a reload or a shared link returns
 * there: `#/reports`, `#/session/<id>`, `#/session/<id>/recording/<mediaId>`, `#/session/<id>/clip/<clipId>`,
 * `#/session/<id>/editor/<mediaId>`. The server's printed link carries `#token=…` instead; that fragment is
 * not a route (the page moves the token to sessionStorage first, renderer/src/api/token.ts).
 */
export type AppRoute =
  | { view: 'library' }
  | { view: 'reports' }
  | { view: 'session'; sessionId: string; mediaId?: string; clipId?: string }
  | { view: 'editor'; sessionId: string; mediaId: string };

const LIBRARY: AppRoute = { view: 'library' };

function decode(part: string | undefined): string | undefined {
  if (part === undefined || part === '') return undefined;
  try {
    const value = decodeURIComponent(part);
    return value.length <= 200 && !/[\0/]/.test(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Pure: the route a fragment names; anything unknown or malformed is the library. */
export function parseRoute(hash: string): AppRoute {
  const text = hash.replace(/^#/, '');
  if (!text.startsWith('/')) return LIBRARY;
  const [first, rawSessionId, kind, rawId, ...rest] = text.slice(1).split('/');
  if (first === 'reports' && rawSessionId === undefined) return { view: 'reports' };
  if (first !== 'session') return LIBRARY;
  const sessionId = decode(rawSessionId);
  if (sessionId === undefined) return LIBRARY;
  const id = decode(rawId);
  if (kind === undefined || rest.length > 0) return { view: 'session', sessionId };
  if (id === undefined) return { view: 'session', sessionId };
  if (kind === 'editor') return { view: 'editor', sessionId, mediaId: id };
  if (kind === 'recording') return { view: 'session', sessionId, mediaId: id };
  if (kind === 'clip') return { view: 'session', sessionId, clipId: id };
  return { view: 'session', sessionId };
}

/** Pure: the fragment of a route ('' for the library). */
export function formatRoute(route: AppRoute): string {
  if (route.view === 'library') return '';
  if (route.view === 'reports') return '#/reports';
  const session = `#/session/${encodeURIComponent(route.sessionId)}`;
  if (route.view === 'editor') return `${session}/editor/${encodeURIComponent(route.mediaId)}`;
  if (route.clipId !== undefined) return `${session}/clip/${encodeURIComponent(route.clipId)}`;
  if (route.mediaId !== undefined) return `${session}/recording/${encodeURIComponent(route.mediaId)}`;
  return session;
}
