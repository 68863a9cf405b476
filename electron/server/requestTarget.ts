/** A request's path, split into decoded segments, and its query; undefined when it cannot be read. */
export interface RequestTarget {
  segments: string[];
  query: URLSearchParams;
}

/**
 * Parses `request.url` without `new URL` (which throws on `//` and friends) and decodes each segment
 * inside a try: a malformed escape, a NUL or a backslash makes the whole target invalid (400).
 */
export function parseRequestTarget(raw: string | undefined): RequestTarget | undefined {
  if (raw === undefined || !raw.startsWith('/') || raw.length > 8192) return undefined;
  const queryStart = raw.indexOf('?');
  const pathname = queryStart === -1 ? raw : raw.slice(0, queryStart);
  const search = queryStart === -1 ? '' : raw.slice(queryStart + 1);
  const segments: string[] = [];
  for (const part of pathname.split('/')) {
    if (part === '') continue;
    let decoded: string;
    try {
      decoded = decodeURIComponent(part);
    } catch {
      return undefined;
    }
    if (/[\0\\/]/.test(decoded) || decoded === '..' || decoded === '.') return undefined;
    segments.push(decoded);
  }
  return { segments, query: new URLSearchParams(search) };
}

/** The canonical encoded path of decoded segments (what the page signs for a media URL). */
export const encodePath = (segments: readonly string[]): string =>
  `/${segments.map((segment) => encodeURIComponent(segment)).join('/')}`;
