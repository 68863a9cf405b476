import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './appScheme';

const types: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

const refuse = (status: number) =>
  new Response(status === 404 ? 'Not found' : 'Forbidden', {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });

/**
 * Serves `guftagu-app://app/<path>` from the built renderer folder only: another host, an escape out
 * of the folder (`..`, encoded or not), or anything but a regular file is refused. Every answer carries
 * the page's Content-Security-Policy.
 */
export function createAppHandler(rootFolder: string, csp: string): (request: Request) => Promise<Response> {
  const root = resolve(rootFolder);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(403);
    let url: URL;
    let pathname: string;
    try {
      url = new URL(request.url);
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return refuse(403);
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || pathname.includes('\0'))
      return refuse(403);
    const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
    const file = resolve(root, relative);
    if (!file.startsWith(`${root}${sep}`)) return refuse(403);
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return refuse(404);
    const body = request.method === 'HEAD' ? null : await readFile(file);
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': types[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      },
    });
  };
}
