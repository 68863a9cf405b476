import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { SOCKET_PROTOCOL, TOKEN_QUERY } from '../../shared/api/wire';
import { engineError } from '../../shared/errorTexts';
import { type ErrorInfo } from '../../shared/errors';
import { mediaAssetKinds, type MediaAssetKind } from '../../shared/model/media';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import {
  checkMediaSignature,
  MEDIA_EXPIRY_QUERY,
  MEDIA_SIGNATURE_QUERY,
} from '../../shared/security/mediaSignature';
import { checkRequestOrigin } from '../../shared/security/requestOrigin';
import type { Engine } from '../engine/types';
import { presentedToken, tokensMatch } from './auth';
import { DEFAULT_API_BODY_LIMIT_BYTES, readLimitedBody } from './body';
import { sendBatchZip, sendExportedFile } from './downloads';
import { checkBrowserPaths } from './pathScope';
import { badRequest, publicErrorInfo, RequestRefused, statusOf } from './refusal';
import { encodePath, parseRequestTarget, type RequestTarget } from './requestTarget';
import { sendFile } from './sendFile';
import { bindApiToSockets, callApi } from './socket';
import { DEFAULT_UPLOAD_LIMIT_BYTES, receiveUpload, UPLOAD_FREE_SPACE_RESERVE_BYTES } from './upload';
import { DEFAULT_MODEL_UPLOAD_LIMIT_BYTES, receiveModelUpload } from './modelUpload';

export interface ServerOptions {
  engine: Engine;
  /** Built renderer (renderer/dist). */
  staticDir: string;
  port?: number;
  token?: string;
  /** Largest upload accepted (default 32 GiB; `npm run serve` reads GUFTAGU_MAX_UPLOAD_MB). */
  maxUploadBytes?: number;
  /** Space an upload must leave free on the workspace's disk (default 512 MiB). */
  uploadReserveBytes?: number;
  /** Largest model file accepted by POST /upload-model (default 4 GiB: large-v3 is 3.1 GB). */
  maxModelUploadBytes?: number;
  /** Largest /api request body (default 16 MiB, like a socket message). */
  apiBodyLimitBytes?: number;
  /** Where refusals and internal errors are written (default: the engine's log, else stderr). */
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  /** The URL to open: the token rides in the fragment (never sent to a server), and the page keeps it. */
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
  'cross-origin-resource-policy': 'same-origin',
};

const unauthorised = () =>
  new RequestRefused(
    401,
    'unauthorized',
    'This Guftagu server needs its access token.',
    'Open the link that "npm run serve" printed; it carries the token.',
  );
const foreignRequest = () =>
  new RequestRefused(
    403,
    'unauthorized',
    'This Guftagu server answers only its own page.',
    'Open the link that "npm run serve" printed, at 127.0.0.1 or localhost.',
  );

/**
 * Browser mode: the API over HTTP + WebSocket on 127.0.0.1 only, for our own page only (Host, Origin and
 * Sec-Fetch-Site checked on every request and upgrade). The app's static files are public; the API,
 * uploads and the socket need the token in a header (or, for the socket, a subprotocol); media URLs carry
 * a short-lived signature of that one asset instead. Nothing a client sends can stop the process.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { engine } = options;
  const log = options.log ?? engine.log ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const token = options.token ?? randomBytes(24).toString('base64url');
  const uploadLimits = {
    maxBytes: options.maxUploadBytes ?? DEFAULT_UPLOAD_LIMIT_BYTES,
    reserveBytes: options.uploadReserveBytes ?? UPLOAD_FREE_SPACE_RESERVE_BYTES,
  };
  const apiBodyLimit = options.apiBodyLimitBytes ?? DEFAULT_API_BODY_LIMIT_BYTES;
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: DEFAULT_API_BODY_LIMIT_BYTES,
    handleProtocols: (protocols) => (protocols.has(SOCKET_PROTOCOL) ? SOCKET_PROTOCOL : false),
  });
  const guard = (method: string, payload: unknown) =>
    checkBrowserPaths(method, payload, engine.workspacePath);
  const unbind = bindApiToSockets(wss, engine, { guard, log });
  let port = 0;

  const server = createServer({ requestTimeout: 0 }, (request, response) => {
    response.on('error', (error) => log(`server: response failed: ${error.message}`));
    handleRequest(request, response).catch((error: unknown) => fail(request, response, error));
  });
  server.on('connection', (socket: Socket) => {
    socket.on('error', () => undefined); // reset by the peer: nothing to answer
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    log(`server: malformed request refused: ${error.code ?? error.message}`);
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  function fail(request: IncomingMessage, response: ServerResponse, error: unknown): void {
    const info = publicErrorInfo(error, log);
    const status = statusOf(error, info);
    if (error instanceof RequestRefused && status !== 401)
      log(`server: ${status} ${request.method ?? ''} ${(request.url ?? '').slice(0, 200)}: ${info.message}`);
    sendError(response, status, info);
    // A body we refused to read must not be read afterwards: close once the answer is out.
    if (!request.complete) response.once('finish', () => request.destroy());
  }

  function checkOrigin(request: IncomingMessage, target: RequestTarget | undefined): void {
    const verdict = checkRequestOrigin(
      {
        host: request.headers.host,
        origin: request.headers.origin,
        secFetchSite: header(request, 'sec-fetch-site'),
      },
      port,
    );
    if (verdict === 'ok') return;
    // Opening the app from a link on another site is fine: the page itself holds no secret.
    const navigation = header(request, 'sec-fetch-mode') === 'navigate' && request.method === 'GET';
    if (verdict === 'cross-site' && navigation && target !== undefined && isStaticRoute(target)) return;
    log(`server: refused a request (${verdict}) from ${request.headers.origin ?? 'no origin'}`);
    throw foreignRequest();
  }

  function requireToken(request: IncomingMessage): void {
    if (!tokensMatch(presentedToken(request), token)) throw unauthorised();
  }

  async function handleRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const target = parseRequestTarget(request.url);
    checkOrigin(request, target);
    if (target === undefined) throw badRequest('The address is not valid.');
    const [first, second] = target.segments;
    if (first === 'api') {
      requireToken(request);
      if (request.method !== 'POST' || second === undefined || target.segments.length !== 2)
        throw new RequestRefused(405, 'invalid-request', 'Call the API with POST /api/<method>.', '');
      return handleApiCall(request, response, second);
    }
    if (first === 'upload') {
      requireToken(request);
      if (request.method !== 'POST')
        throw new RequestRefused(405, 'invalid-request', 'Upload with POST /upload.', '');
      const uploaded = await receiveUpload(
        request,
        engine.uploadsPath,
        target.query.get('name') ?? 'upload',
        uploadLimits,
      );
      sendJson(response, 200, { path: uploaded });
      return;
    }
    if (first === 'upload-model') {
      requireToken(request);
      if (request.method !== 'POST' || target.segments.length !== 1)
        throw new RequestRefused(405, 'invalid-request', 'Upload a model with POST /upload-model.', '');
      // The page's Cancel closes the connection: an upload it cancelled is not imported, even when its
      // body had already arrived.
      const cancelled = new AbortController();
      response.once('close', () => {
        if (!response.writableFinished) cancelled.abort();
      });
      const model = await receiveModelUpload(
        request,
        engine,
        target.query,
        {
          maxBytes: options.maxModelUploadBytes ?? DEFAULT_MODEL_UPLOAD_LIMIT_BYTES,
          reserveBytes: uploadLimits.reserveBytes,
        },
        cancelled.signal,
      );
      sendJson(response, 200, { model });
      return;
    }
    if (first === 'media') return handleMedia(request, response, target);
    if (first === 'download' || first === 'zip') return handleDownload(request, response, target);
    if (first === 'ws') throw badRequest('The socket needs a WebSocket upgrade.');
    if (request.method === 'GET' || request.method === 'HEAD') return handleStatic(request, response, target);
    throw new RequestRefused(405, 'invalid-request', 'Method not allowed.', '');
  }

  async function handleApiCall(
    request: IncomingMessage,
    response: ServerResponse,
    method: string,
  ): Promise<void> {
    const body = await readLimitedBody(request, apiBodyLimit);
    let payload: unknown = {};
    if (body.trim() !== '') {
      try {
        payload = JSON.parse(body) as unknown;
      } catch {
        throw new RequestRefused(
          400,
          'invalid-request',
          'The request body is not JSON.',
          'Send a JSON object.',
        );
      }
    }
    await guard(method, payload);
    sendJson(response, 200, await callApi(engine.api, method, payload));
  }

  /** A file read (media, downloads): GET or HEAD, with a URL signed for this server or the session token. */
  function requireSignedRead(request: IncomingMessage, target: RequestTarget): void {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      throw new RequestRefused(405, 'invalid-request', 'Method not allowed.', '');
    const signature = checkMediaSignature(
      token,
      encodePath(target.segments),
      target.query.get(MEDIA_EXPIRY_QUERY),
      target.query.get(MEDIA_SIGNATURE_QUERY),
      Date.now(),
    );
    if (signature !== 'ok') requireToken(request);
  }

  async function handleMedia(
    request: IncomingMessage,
    response: ServerResponse,
    target: RequestTarget,
  ): Promise<void> {
    requireSignedRead(request, target);
    const [, sessionId = '', mediaId = '', asset = ''] = target.segments;
    if (target.segments.length !== 4 || !(mediaAssetKinds as readonly string[]).includes(asset)) {
      throw new RequestRefused(403, 'unauthorized', 'That file is not served.', '');
    }
    const filePath = await engine
      .resolveMediaAsset(sessionId, mediaId, asset as MediaAssetKind)
      .catch(() => undefined);
    if (!filePath) throw new RequestRefused(404, 'not-found', 'No such media.', 'Refresh the session.');
    await sendFile(request, response, filePath, { ...securityHeaders, 'cache-control': 'no-cache' });
  }

  /** Exported files (one, or a batch as a zip): signed like media URLs, from the export folders only. */
  async function handleDownload(
    request: IncomingMessage,
    response: ServerResponse,
    target: RequestTarget,
  ): Promise<void> {
    requireSignedRead(request, target);
    const [first, ...rest] = target.segments;
    if (first === 'download' && rest.length === 3)
      return sendExportedFile(engine, request, response, rest, securityHeaders);
    if (first === 'zip' && rest.length === 1)
      return sendBatchZip(engine, request, response, rest[0] ?? '', securityHeaders);
    throw new RequestRefused(404, 'not-found', 'No such download.', '');
  }

  async function handleStatic(
    request: IncomingMessage,
    response: ServerResponse,
    target: RequestTarget,
  ): Promise<void> {
    if (target.query.has(TOKEN_QUERY)) {
      // An old-style link (?token=…): move the token into the fragment so it leaves the address bar.
      const location = `/#${TOKEN_QUERY}=${encodeURIComponent(target.query.get(TOKEN_QUERY) ?? '')}`;
      response.writeHead(302, { ...securityHeaders, location, 'cache-control': 'no-store' }).end();
      return;
    }
    const root = path.resolve(options.staticDir);
    const wanted = path.resolve(root, ...target.segments);
    const inside = wanted === root || wanted.startsWith(`${root}${path.sep}`);
    if (!inside) throw new RequestRefused(403, 'unauthorized', 'Forbidden.', '');
    const file = path.extname(wanted) === '' ? path.join(root, 'index.html') : wanted;
    await sendFile(request, response, file, { ...securityHeaders, 'cache-control': 'no-cache' });
  }

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => undefined);
    try {
      const target = parseRequestTarget(request.url);
      checkOrigin(request, undefined);
      if (target === undefined || target.segments.length !== 1 || target.segments[0] !== 'ws')
        throw badRequest('The socket is at /ws.');
      if (!tokensMatch(presentedToken(request, true), token)) throw unauthorised();
      wss.handleUpgrade(request, socket, head, (client) => wss.emit('connection', client, request));
    } catch (error) {
      const status = error instanceof RequestRefused ? error.status : 500;
      if (!(error instanceof RequestRefused)) publicErrorInfo(error, log);
      if (socket.writable)
        socket.end(`HTTP/1.1 ${status} Refused\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      else socket.destroy();
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? engineError('port-in-use', { port: options.port ?? 0 }) : error),
    );
    server.listen(options.port ?? 0, HOST, () => resolve());
  });
  server.on('error', (error) => log(`server: ${error.message}`));
  port = (server.address() as AddressInfo).port;
  const url = `http://${HOST}:${port}`;
  return {
    url,
    openUrl: `${url}/#${TOKEN_QUERY}=${encodeURIComponent(token)}`,
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

const isStaticRoute = (target: RequestTarget) =>
  !['api', 'upload', 'upload-model', 'media', 'ws', 'download', 'zip'].includes(target.segments[0] ?? '');

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
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
  if (response.headersSent || response.destroyed) {
    response.destroy();
    return;
  }
  const closing = status === 413 || status === 400 ? { connection: 'close' } : {};
  response
    .writeHead(status, {
      ...securityHeaders,
      ...closing,
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
    })
    .end(JSON.stringify(info));
}
