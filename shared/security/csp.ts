import { MEDIA_SCHEME } from '../api/mediaUrl';

/**
 * The page's Content-Security-Policy. Scripts come only from the app itself: no inline script, no eval,
 * nothing remote. Media and thumbnails come through the `guftagu-media:` protocol.
 *
 * Pure, so the desktop build writes it into index.html as a <meta> tag (a header cannot reach a page
 * loaded from file://) and the browser-mode server sends it as a header.
 */
export interface CspOptions {
  /** The Vite dev server's origin: its React refresh preamble is an inline script and HMR uses a socket. */
  devServerOrigin?: string;
}

export function buildContentSecurityPolicy(options: CspOptions = {}): string {
  const dev = options.devServerOrigin;
  const devSocket = dev === undefined ? undefined : dev.replace(/^http/, 'ws');
  const directives: Array<[string, ...string[]]> = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...(dev === undefined ? [] : ["'unsafe-inline'", dev])],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:', `${MEDIA_SCHEME}:`],
    ['media-src', "'self'", 'blob:', `${MEDIA_SCHEME}:`],
    ['font-src', "'self'", 'data:'],
    ['connect-src', "'self'", ...(dev === undefined || devSocket === undefined ? [] : [dev, devSocket])],
    ['worker-src', "'self'", 'blob:'],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-src', "'none'"],
  ];
  return directives.map((parts) => parts.join(' ')).join('; ');
}

/** The production policy. */
export const CONTENT_SECURITY_POLICY = buildContentSecurityPolicy();
