import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { Readable } from 'node:stream';
import { parseRangeHeader } from '../../shared/media/byteRange';
import type { Engine } from '../engine/types';
import { contentTypeFor } from './mediaTypes';
import { parseMediaUrl } from './mediaUrl';

export type MediaResolver = Pick<Engine, 'resolveMediaAsset'>;
export type MediaHandler = (request: Request) => Promise<Response>;

const plain = (status: number, text: string, headers: Record<string, string> = {}): Response =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers } });

/**
 * Serves `guftagu-media://media/<sessionId>/<mediaId>/<asset>` from the files the engine resolves, with
 * Range support so <video> can seek. Anything the engine does not vouch for is refused with 403.
 */
export function createMediaHandler(
  engine: MediaResolver,
  log: (line: string) => void = () => {},
): MediaHandler {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return plain(405, 'Method not allowed', { Allow: 'GET, HEAD' });
    }
    const ref = parseMediaUrl(request.url);
    if (ref === undefined) {
      log(`media: refused ${request.url}`);
      return plain(403, 'Forbidden');
    }

    let filePath: string;
    try {
      filePath = await engine.resolveMediaAsset(ref.sessionId, ref.mediaId, ref.asset);
    } catch (error) {
      log(`media: cannot resolve ${request.url}: ${error instanceof Error ? error.message : String(error)}`);
      return plain(403, 'Forbidden');
    }
    if (!isAbsolute(filePath)) return plain(403, 'Forbidden');

    let sizeBytes: number;
    try {
      const info = await stat(filePath);
      if (!info.isFile()) return plain(404, 'Not found');
      sizeBytes = info.size;
    } catch {
      return plain(404, 'Not found');
    }

    const headers: Record<string, string> = {
      'Content-Type': contentTypeFor(filePath),
      'Accept-Ranges': 'bytes',
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    };
    const range = parseRangeHeader(request.headers.get('range'), sizeBytes);
    if (range === 'unsatisfiable') {
      return plain(416, 'Range not satisfiable', { 'Content-Range': `bytes */${sizeBytes}` });
    }
    const head = request.method === 'HEAD';
    if (range === undefined) {
      headers['Content-Length'] = String(sizeBytes);
      return new Response(head ? null : fileBody(filePath), { status: 200, headers });
    }
    headers['Content-Length'] = String(range.end - range.start + 1);
    headers['Content-Range'] = `bytes ${range.start}-${range.end}/${sizeBytes}`;
    return new Response(head ? null : fileBody(filePath, range), { status: 206, headers });
  };
}

/** The file (or an inclusive byte range of it) as a web stream; canceling it closes the file. */
function fileBody(filePath: string, range?: { start: number; end: number }): ReadableStream<Uint8Array> {
  const stream = range === undefined ? createReadStream(filePath) : createReadStream(filePath, range);
  return Readable.toWeb(stream) as ReadableStream<Uint8Array>;
}
