import { EventEmitter } from 'node:events';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { isAppUrl, rendererSource } from '../../../electron/main/appUrl';
import {
  applySessionSecurity,
  buildContentSecurityPolicy,
  CONTENT_SECURITY_POLICY,
  hardenWebContents,
  withCsp,
} from '../../../electron/main/security';

vi.mock('electron', () => ({}));

const directive = (csp: string, name: string): string[] => {
  const found = csp
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([key]) => key === name);
  if (!found) throw new Error(`no ${name} in ${csp}`);
  return found.slice(1);
};

describe('content security policy', () => {
  it("allows scripts from 'self' only: no inline, no eval, nothing remote", () => {
    expect(directive(CONTENT_SECURITY_POLICY, 'script-src')).toEqual(["'self'"]);
    expect(directive(CONTENT_SECURITY_POLICY, 'script-src')).not.toContain("'unsafe-inline'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|ws:|\*/);
    expect(directive(CONTENT_SECURITY_POLICY, 'default-src')).toEqual(["'self'"]);
    expect(directive(CONTENT_SECURITY_POLICY, 'object-src')).toEqual(["'none'"]);
  });

  it('lets media and thumbnails come through the media protocol', () => {
    expect(directive(CONTENT_SECURITY_POLICY, 'media-src')).toContain('guftagu-media:');
    expect(directive(CONTENT_SECURITY_POLICY, 'img-src')).toContain('guftagu-media:');
  });

  it('loosens only for the dev server, and only towards it', () => {
    const dev = buildContentSecurityPolicy({ devServerOrigin: 'http://localhost:5173' });
    expect(directive(dev, 'script-src')).toEqual(["'self'", "'unsafe-inline'", 'http://localhost:5173']);
    expect(directive(dev, 'connect-src')).toEqual(["'self'", 'http://localhost:5173', 'ws://localhost:5173']);
    expect(dev).not.toContain('unsafe-eval');
  });

  it('replaces any policy a response brings with ours', () => {
    const headers = withCsp(
      { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] },
      'x',
    );
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': ['x'] });
  });
});

describe('session security', () => {
  it('denies every permission and sets the CSP header on responses', () => {
    let requestHandler:
      ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let checkHandler: (() => boolean) | undefined;
    let headersHandler:
      | ((
          details: { responseHeaders?: Record<string, string[]> },
          callback: (response: unknown) => void,
        ) => void)
      | undefined;
    const session = {
      setPermissionRequestHandler: (handler: typeof requestHandler) => (requestHandler = handler),
      setPermissionCheckHandler: (handler: typeof checkHandler) => (checkHandler = handler),
      webRequest: { onHeadersReceived: (handler: typeof headersHandler) => (headersHandler = handler) },
    };
    applySessionSecurity(session as unknown as Session, CONTENT_SECURITY_POLICY);

    for (const permission of ['media', 'notifications', 'geolocation', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      requestHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(checkHandler?.()).toBe(false);
    const callback = vi.fn();
    headersHandler?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: {
        'Content-Type': ['text/html'],
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
});

describe('web contents hardening', () => {
  const indexHtml = resolve('/app/out/renderer/index.html');
  const source = rendererSource({
    isPackaged: true,
    devUrl: 'http://localhost:5173',
    indexHtmlPath: indexHtml,
  });
  const appUrl = 'guftagu-app://app/index.html';
  const fileUrl = pathToFileURL(indexHtml).href;

  function harden() {
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    hardenWebContents(
      contents as unknown as WebContents,
      (url) => isAppUrl(source, url),
      () => {},
    );
    const navigate = (eventName: string, url: string) => {
      const event = { url, preventDefault: vi.fn() };
      contents.emit(eventName, event);
      return event.preventDefault.mock.calls.length > 0;
    };
    return { contents, navigate };
  }

  it('blocks navigation away from the app, and allows the app itself', () => {
    const { navigate } = harden();
    expect(navigate('will-navigate', 'https://example.com/')).toBe(true);
    expect(navigate('will-navigate', 'file:///home/user/Videos/interview.mp4')).toBe(true);
    expect(navigate('will-navigate', 'http://localhost:5173/')).toBe(true);
    expect(navigate('will-redirect', 'https://example.com/')).toBe(true);
    expect(navigate('will-navigate', `${appUrl}#/sessions`)).toBe(false);
    // The built page as a file:// URL is not the app any more: it is served from guftagu-app:// only.
    expect(navigate('will-navigate', fileUrl)).toBe(true);
    expect(navigate('will-navigate', 'guftagu-app://other/index.html')).toBe(true);
    expect(navigate('will-navigate', 'guftagu-app://app/assets/evil.html')).toBe(true);
    expect(navigate('will-attach-webview', 'about:blank')).toBe(true);
  });

  it('denies every new window', () => {
    const { contents } = harden();
    const handler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (details: { url: string }) => unknown;
    expect(handler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(handler({ url: appUrl })).toEqual({ action: 'deny' });
  });

  it('takes the dev server only while unpackaged', () => {
    const dev = rendererSource({
      isPackaged: false,
      devUrl: 'http://localhost:5173',
      indexHtmlPath: indexHtml,
    });
    expect(dev).toEqual({ kind: 'url', url: 'http://localhost:5173' });
    expect(isAppUrl(dev, 'http://localhost:5173/index.html')).toBe(true);
    expect(isAppUrl(dev, 'http://localhost:5174/')).toBe(false);
    expect(isAppUrl(dev, undefined)).toBe(false);
    expect(source).toEqual({ kind: 'app', url: appUrl, root: resolve('/app/out/renderer') });
  });
});
