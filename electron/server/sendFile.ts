import { createReadStream, promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { parseRangeHeader } from '../../shared/media/byteRange';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.mp4': 'video/mp4',
  '.m4v': 'video/mp4',
  '.mov': 'video/quicktime',
  '.webm': 'video/webm',
  '.mkv': 'video/x-matroska',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.ogg': 'audio/ogg',
};

export const contentTypeOf = (filePath: string) =>
  contentTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';

/** Sends a file, honouring a Range header so the video element can seek. */
export async function sendFile(
  request: IncomingMessage,
  response: ServerResponse,
  filePath: string,
  headers: Record<string, string> = {},
): Promise<void> {
  const stat = await fs.stat(filePath).catch(() => undefined);
  if (!stat?.isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const range = parseRangeHeader(request.headers.range, stat.size);
  const common = {
    'content-type': contentTypeOf(filePath),
    'accept-ranges': 'bytes',
    'x-content-type-options': 'nosniff',
    ...headers,
  };
  if (range === 'unsatisfiable') {
    response.writeHead(416, { ...common, 'content-range': `bytes */${stat.size}` }).end();
    return;
  }
  const { start, end } = range ?? { start: 0, end: stat.size - 1 };
  const status = range ? 206 : 200;
  response.writeHead(status, {
    ...common,
    'content-length': String(Math.max(0, end - start + 1)),
    ...(range ? { 'content-range': `bytes ${start}-${end}/${stat.size}` } : {}),
  });
  if (request.method === 'HEAD' || stat.size === 0) {
    response.end();
    return;
  }
  const stream = createReadStream(filePath, { start, end });
  stream.on('error', () => response.destroy());
  response.on('close', () => stream.destroy());
  stream.pipe(response);
}
