/**
 * The URL format of the desktop media protocol, shared by main (which serves it) and preload (which
 * builds it for the page): `guftagu-media://media/<sessionId>/<mediaId>/<asset>`, ids percent-encoded.
 */
export const MEDIA_SCHEME = 'guftagu-media';
export const MEDIA_HOST = 'media';

export function buildMediaUrl(sessionId: string, mediaId: string, asset: string): string {
  const parts = [sessionId, mediaId, asset].map((part) => encodeURIComponent(part));
  return `${MEDIA_SCHEME}://${MEDIA_HOST}/${parts.join('/')}`;
}
