import { hmacSha256Hex } from './hmacSha256';

/**
 * Browser mode: a <video> or <img> cannot send the token header, so each media URL carries a short-lived
 * signature for that one asset instead of the token: `?exp=<ms>&sig=<HMAC(token, path + exp)>`.
 * The expiry is rounded up to a whole bucket so the URL stays the same across renders (the video element
 * does not reload) and changes at most once a bucket.
 */
export const MEDIA_SIGNATURE_BUCKET_MS = 60 * 60 * 1000;
/** A URL stays valid between one and two buckets after it was made. */
export const MEDIA_SIGNATURE_LIFETIME_MS = 2 * MEDIA_SIGNATURE_BUCKET_MS;
export const MEDIA_EXPIRY_QUERY = 'exp';
export const MEDIA_SIGNATURE_QUERY = 'sig';

export function mediaExpiryMs(nowMs: number): number {
  return (Math.floor(nowMs / MEDIA_SIGNATURE_BUCKET_MS) + 2) * MEDIA_SIGNATURE_BUCKET_MS;
}

/** `pathname` is the URL's encoded path, e.g. `/media/<session>/<media>/source`. */
export function signMediaPath(token: string, pathname: string, expiresAtMs: number): string {
  return hmacSha256Hex(token, `${pathname}\n${expiresAtMs}`);
}

export type MediaSignatureCheck = 'ok' | 'missing' | 'expired' | 'bad-signature';

/** Pure: whether a media request's query proves it came from a page that holds the token. */
export function checkMediaSignature(
  token: string,
  pathname: string,
  expiry: string | null,
  signature: string | null,
  nowMs: number,
): MediaSignatureCheck {
  if (expiry === null || signature === null) return 'missing';
  if (!/^\d{1,16}$/.test(expiry)) return 'bad-signature';
  const expiresAtMs = Number(expiry);
  if (expiresAtMs < nowMs) return 'expired';
  if (expiresAtMs > nowMs + MEDIA_SIGNATURE_LIFETIME_MS + MEDIA_SIGNATURE_BUCKET_MS) return 'bad-signature';
  const expected = signMediaPath(token, pathname, expiresAtMs);
  return constantTimeEqual(expected, signature) ? 'ok' : 'bad-signature';
}

function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i += 1) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}
