import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { WebSocketServer } from 'ws';
import { GuftaguError, toErrorInfo, type ErrorInfo } from '../../shared/errors';
import { mediaAssetKinds, type MediaAssetKind } from '../../shared/model/media';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import type { Engine } from '../engine/types';
import { isSameOrigin, presentedToken, tokenCookie, tokensMatch } from './auth';
import { sendFile } from './sendFile';
import { bindApiToSockets, callApi } from './socket';
import { receiveUpload } from './upload';

export interface ServerOptions {
  engine: Engine;
  /** Built renderer (renderer/dist). */
  staticDir: string;
  port?: number;
  token?: string;
}

export interface RunningServer {
  url: string;
  /** The URL to open: it carries the token once, then a cookie does. */
  openUrl: string;
  token: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
/** The desktop app's policy, sent as a header: scripts only from this server, nothing inline or remote. */
const securityHeaders = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/**
 * Browser mode: the API over HTTP + WebSocket on 127.0.0.1 only. Every request and socket must carry
 * the random token (header, query or the cookie set when the printed link is first opened).
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { engine } = options;
  const token = options.token ?? randomBytes(24).toString('base64url');
  const wss = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 * 1024 });
  const unbind = bindApiToSockets(wss, engine);

  const server = createServer((request, response) => {
    handleRequest(request, response).catch((error: unknown) => sendError(response, 500, toErrorInfo(error)));
  });

  async function handleRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', `http://${HOST}`);
    const authorised = tokensMatch(presentedToken(request, url), token);
    if (!authorised) {
      sendError(response, 401, {
        code: 'unauthorized',
        message: 'This Guftagu server needs its access token.',
        hint: 'Open the link that "npm run serve" printed; it carries the token.',
      });
      return;
    }
    if (url.searchParams.has('token') && request.method === 'GET' && url.pathname === '/') {
      response.writeHead(302, { ...securityHeaders, 'set-cookie': tokenCookie(token), location: '/' }).end();
      return;
    }
    const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (segments[0] === 'api' && segments[1] && request.method === 'POST')
      return handleApiCall(request, response, segments[1]);
    if (segments[0] === 'upload' && request.method === 'POST') {
      const uploaded = await receiveUpload(
        request,
        engine.uploadsPath,
        url.searchParams.get('name') ?? 'upload',
      );
      sendJson(response, 200, { path: uploaded });
      return;
    }
    if (segments[0] === 'media' && segments.length === 4)
      return handleMedia(request, response, segments[1] ?? '', segments[2] ?? '', segments[3] ?? '');
    if (request.method === 'GET' || request.method === 'HEAD')
      return handleStatic(request, response, url.pathname);
    sendError(response, 405, { code: 'invalid-request', message: 'Method not allowed.', hint: '' });
  }

  async function handleApiCall(
    request: IncomingMessage,
    response: ServerResponse,
    method: string,
  ): Promise<void> {
    try {
      const body = await readBody(request);
      const payload = body === '' ? {} : (JSON.parse(body) as unknown);
      sendJson(response, 200, await callApi(engine.api, method, payload));
    } catch (error) {
      const info =
        error instanceof SyntaxError
          ? {
              code: 'invalid-request' as const,
              message: 'The request body is not JSON.',
              hint: 'Send a JSON object.',
            }
          : toErrorInfo(error);
      sendError(response, info.code === 'internal' ? 500 : 400, info);
    }
  }

  async function handleMedia(
    request: IncomingMessage,
    response: ServerResponse,
    sessionId: string,
    mediaId: string,
    asset: string,
  ): Promise<void> {
    if (!(mediaAssetKinds as readonly string[]).includes(asset)) {
      sendError(response, 403, { code: 'unauthorized', message: 'That file is not served.', hint: '' });
      return;
    }
    const filePath = await engine
      .resolveMediaAsset(sessionId, mediaId, asset as MediaAssetKind)
      .catch(() => undefined);
    if (!filePath) {
      sendError(response, 404, {
        code: 'not-found',
        message: 'No such media.',
        hint: 'Refresh the session.',
      });
      return;
    }
    await sendFile(request, response, filePath, { ...securityHeaders, 'cache-control': 'no-cache' });
  }

  async function handleStatic(
    request: IncomingMessage,
    response: ServerResponse,
    pathname: string,
  ): Promise<void> {
    const root = path.resolve(options.staticDir);
    const wanted = path.resolve(root, `.${decodeURIComponent(pathname)}`);
    const inside = wanted === root || wanted.startsWith(`${root}${path.sep}`);
    if (!inside) {
      sendError(response, 403, { code: 'unauthorized', message: 'Forbidden.', hint: '' });
      return;
    }
    const target = path.extname(wanted) === '' ? path.join(root, 'index.html') : wanted;
    await sendFile(request, response, target, { ...securityHeaders, 'cache-control': 'no-cache' });
  }

  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', `http://${HOST}`);
    if (
      url.pathname !== '/ws' ||
      !tokensMatch(presentedToken(request, url), token) ||
      !isSameOrigin(request)
    ) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (client) => wss.emit('connection', client, request));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new GuftaguError(
              'invalid-request',
              `Port ${options.port} is already in use.`,
              'Stop the other program or choose another port with GUFTAGU_PORT.',
            )
          : error,
      ),
    );
    server.listen(options.port ?? 0, HOST, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${HOST}:${port}`;
  return {
    url,
    openUrl: `${url}/?token=${encodeURIComponent(token)}`,
    token,
    close: async () => {
      unbind();
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response
    .writeHead(status, {
      ...securityHeaders,
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
    })
    .end(JSON.stringify(body ?? null));
}

function sendError(response: ServerResponse, status: number, info: ErrorInfo): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  sendJson(response, status, info);
}
