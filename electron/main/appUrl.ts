import { dirname, resolve } from 'node:path';
import { APP_HOST, APP_INDEX_URL, APP_SCHEME } from './appScheme';

/**
 * Where the page comes from: the Vite dev server in development, otherwise the built index.html served
 * as guftagu-app://app/index.html from its folder (`root`), never file://.
 */
export type RendererSource = { kind: 'url'; url: string } | { kind: 'app'; url: string; root: string };

export function rendererSource(options: {
  isPackaged: boolean;
  devUrl: string | undefined;
  indexHtmlPath: string;
}): RendererSource {
  const devUrl = options.devUrl?.trim();
  if (!options.isPackaged && devUrl !== undefined && devUrl !== '') return { kind: 'url', url: devUrl };
  return { kind: 'app', url: APP_INDEX_URL, root: dirname(resolve(options.indexHtmlPath)) };
}

/**
 * True only for the app's own page: the dev server's origin, or exactly guftagu-app://app/index.html (or
 * its root; any query or hash). A file:// URL, a dropped file or any remote site is not the app.
 */
export function isAppUrl(source: RendererSource, candidate: string | undefined): boolean {
  if (candidate === undefined || candidate === '') return false;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (source.kind === 'url') {
    try {
      return url.origin === new URL(source.url).origin;
    } catch {
      return false;
    }
  }
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    (url.pathname === '/' || url.pathname === '/index.html')
  );
}
