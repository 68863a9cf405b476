import type { Session, WebContents } from 'electron';

export { CONTENT_SECURITY_POLICY, buildContentSecurityPolicy } from '../../shared/security/csp';

type Log = (line: string) => void;

/**
 * Keeps a web contents on the app's own page: no navigation elsewhere (a dropped file, a link, a
 * redirect), no new windows, no <webview>. A link meant for a new window (`target="_blank"`) is handed to
 * `openExternal`, which opens only allowed https links in the browser (openExternal.ts).
 */
export function hardenWebContents(
  contents: WebContents,
  isAppUrl: (url: string) => boolean,
  log: Log,
  openExternal: (url: string) => void = () => {},
): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    log(`security: blocked navigation to ${event.url}`);
  });
  contents.on('will-redirect', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    log(`security: blocked redirect to ${event.url}`);
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('security: blocked a <webview>');
  });
  contents.setWindowOpenHandler(({ url }) => {
    log(`security: no new window for ${url}; handing it to the browser check`);
    openExternal(url);
    return { action: 'deny' };
  });
}

/** Denies every permission (camera, microphone, notifications, …) and sets the CSP on every response. */
export function applySessionSecurity(session: Session, csp: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCsp(details.responseHeaders, csp) });
  });
}

/** The response headers with any Content-Security-Policy the response had replaced by ours. */
export function withCsp(
  headers: Record<string, string[]> | undefined,
  csp: string,
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [csp];
  return result;
}
