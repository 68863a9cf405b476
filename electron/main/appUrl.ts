import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the page comes from: the Vite dev server in development, the built index.html otherwise. */
export type RendererSource = { kind: 'url'; url: string } | { kind: 'file'; path: string };

export function rendererSource(options: {
  isPackaged: boolean;
  devUrl: string | undefined;
  indexHtmlPath: string;
}): RendererSource {
  const devUrl = options.devUrl?.trim();
  if (!options.isPackaged && devUrl !== undefined && devUrl !== '') return { kind: 'url', url: devUrl };
  return { kind: 'file', path: resolve(options.indexHtmlPath) };
}

const samePath = (a: string, b: string): boolean =>
  process.platform === 'win32' || process.platform === 'darwin'
    ? a.toLowerCase() === b.toLowerCase()
    : a === b;

/**
 * True only for the app's own page: the dev server's origin, or exactly the built index.html (any query
 * or hash). A dropped file, another local file or any remote site is not the app.
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
  if (url.protocol !== 'file:' || url.host !== '') return false;
  try {
    return samePath(resolve(fileURLToPath(url)), source.path);
  } catch {
    return false;
  }
}
