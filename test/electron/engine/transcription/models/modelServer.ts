import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

export interface ServerBehaviour {
  /** What the server sends for each file name. */
  files: Record<string, Buffer>;
  /** false: answer every request with 200 and the whole file, as some mirrors do. */
  honourRange: boolean;
  /** Destroy the socket after this many body bytes, on the next request only. */
  cutOnceAfterBytes?: number;
  /** Pause between 64 KiB chunks, so a test can cancel mid-way. */
  chunkDelayMs: number;
}

export interface SeenRequest {
  path: string;
  range: string | undefined;
  status: number;
}

export interface ModelServer {
  baseUrl: string;
  behaviour: ServerBehaviour;
  requests: SeenRequest[];
}

const CHUNK_BYTES = 64 * 1024;

/** A local HTTP server (127.0.0.1, port 0) that serves test "models" with or without Range support. */
export function useModelServer(): (
  behaviour: Partial<ServerBehaviour> & Pick<ServerBehaviour, 'files'>,
) => Promise<ModelServer> {
  const servers: http.Server[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
  return async (partial) => {
    const behaviour: ServerBehaviour = { honourRange: true, chunkDelayMs: 0, ...partial };
    const requests: SeenRequest[] = [];
    const server = http.createServer((req, res) => {
      void respond(behaviour, requests, req, res);
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return { baseUrl: `http://127.0.0.1:${port}/models`, behaviour, requests };
  };
}

async function respond(
  behaviour: ServerBehaviour,
  requests: SeenRequest[],
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<void> {
  const name = decodeURIComponent((req.url ?? '').replace(/^\/models\//, ''));
  const body = behaviour.files[name];
  const range = req.headers.range;
  const seen: SeenRequest = { path: req.url ?? '', range, status: 0 };
  requests.push(seen);
  if (!body) {
    seen.status = 404;
    res.writeHead(404).end('not found');
    return;
  }
  const start = behaviour.honourRange && range ? Number(/^bytes=(\d+)-$/.exec(range)?.[1] ?? 0) : 0;
  if (start >= body.length && start > 0) {
    seen.status = 416;
    res.writeHead(416, { 'content-range': `bytes */${body.length}` }).end();
    return;
  }
  seen.status = start > 0 || (behaviour.honourRange && range) ? 206 : 200;
  res.writeHead(seen.status, {
    'content-length': String(body.length - start),
    'content-type': 'application/octet-stream',
    ...(seen.status === 206 ? { 'content-range': `bytes ${start}-${body.length - 1}/${body.length}` } : {}),
  });
  const cut = behaviour.cutOnceAfterBytes;
  behaviour.cutOnceAfterBytes = undefined;
  let sent = 0;
  for (let offset = start; offset < body.length; offset += CHUNK_BYTES) {
    if (res.destroyed) return;
    let chunk = body.subarray(offset, Math.min(offset + CHUNK_BYTES, body.length));
    if (cut !== undefined && sent + chunk.length >= cut) chunk = chunk.subarray(0, cut - sent);
    await new Promise<void>((resolve) => res.write(chunk, () => resolve()));
    sent += chunk.length;
    if (cut !== undefined && sent >= cut) {
      res.socket?.destroy();
      return;
    }
    if (behaviour.chunkDelayMs > 0)
      await new Promise((resolve) => setTimeout(resolve, behaviour.chunkDelayMs));
  }
  res.end();
}
