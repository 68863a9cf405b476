import { MEDIA_HOST, MEDIA_SCHEME } from '../../shared/api/mediaUrl';
import { mediaAssetKinds, type MediaAssetKind } from '../../shared/model/media';

export interface MediaAssetRef {
  sessionId: string;
  mediaId: string;
  asset: MediaAssetKind;
}

/** Characters that could make an id act as a path: separators, drive letters, NUL and other controls. */
// eslint-disable-next-line no-control-regex
const UNSAFE_ID = /[/\\:\u0000-\u001f\u007f]/;

function safeId(raw: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  if (decoded === '' || decoded.length > 200) return undefined;
  if (decoded === '.' || decoded === '..' || decoded.startsWith('~')) return undefined;
  if (UNSAFE_ID.test(decoded) || decoded.includes('..')) return undefined;
  return decoded;
}

function isAssetKind(value: string): value is MediaAssetKind {
  return (mediaAssetKinds as readonly string[]).includes(value);
}

/**
 * Reads `guftagu-media://media/<sessionId>/<mediaId>/<asset>`. Returns undefined for anything else:
 * another host, a missing or extra segment, a traversal (plain or percent-encoded), an unknown asset.
 * The raw href is checked too, since the URL parser would quietly resolve `..` before we saw it.
 */
export function parseMediaUrl(href: string): MediaAssetRef | undefined {
  if (/(^|[/\\])(\.|%2e){2}([/\\?#]|%2f|%5c|$)/i.test(href)) return undefined;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.protocol !== `${MEDIA_SCHEME}:` || url.hostname !== MEDIA_HOST) return undefined;
  if (url.username !== '' || url.password !== '' || url.port !== '') return undefined;
  const segments = url.pathname.split('/').slice(1);
  if (segments.length !== 3) return undefined;
  const [rawSession = '', rawMedia = '', rawAsset = ''] = segments;
  const sessionId = safeId(rawSession);
  const mediaId = safeId(rawMedia);
  if (sessionId === undefined || mediaId === undefined || !isAssetKind(rawAsset)) return undefined;
  return { sessionId, mediaId, asset: rawAsset };
}
