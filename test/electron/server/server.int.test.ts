import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createEngine } from '../../../electron/engine/engine';
import type { Engine } from '../../../electron/engine/types';
import { startServer, type RunningServer } from '../../../electron/server/server';
import { wireMessageSchema, type WireMessage } from '../../../shared/api/wire';
import { makeMedia } from '../../support/makeMedia';
import { waitForJobs } from '../../support/waitForJobs';

const root = mkdtempSync(path.join(os.tmpdir(), 'guftagu-server-'));
const staticDir = path.join(root, 'static');
let engine: Engine;
let server: RunningServer;

beforeAll(async () => {
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Guftagu</title>');
  engine = await createEngine({
    workspacePath: path.join(root, 'workspace'),
    configDir: path.join(root, 'config'),
  });
  server = await startServer({ engine, staticDir, port: 0 });
});

afterAll(async () => {
  await server.close();
  await engine.close();
  rmSync(root, { recursive: true, force: true });
});

const withToken = (init: RequestInit = {}): RequestInit => ({
  ...init,
  headers: { ...(init.headers ?? {}), 'x-guftagu-token': server.token },
});

function openSocket(url: string, headers: Record<string, string> = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
    socket.once('unexpected-response', (_request, response) =>
      reject(new Error(`refused with ${response.statusCode}`)),
    );
  });
}

function call(socket: WebSocket, id: number, method: string, payload: unknown): Promise<WireMessage> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const message = wireMessageSchema.parse(JSON.parse(String(data)));
      if (message.type === 'result' && message.id === id) {
        socket.off('message', onMessage);
        resolve(message);
      }
    };
    socket.on('message', onMessage);
    socket.send(JSON.stringify({ type: 'call', id, method, payload }));
  });
}

describe('browser-mode server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
  });

  it('serves the app page openly but refuses the API, uploads and media without the token', async () => {
    expect((await fetch(`${server.url}/`)).status).toBe(200);
    expect((await fetch(`${server.url}/api/sessions.list`, { method: 'POST' })).status).toBe(401);
    expect(
      (
        await fetch(`${server.url}/api/sessions.list`, {
          method: 'POST',
          headers: { 'x-guftagu-token': 'wrong' },
        })
      ).status,
    ).toBe(401);
    expect((await fetch(`${server.url}/upload?name=x`, { method: 'POST', body: 'x' })).status).toBe(401);
    const refused = await fetch(`${server.url}/api/sessions.list`, { method: 'POST' });
    const body = (await refused.json()) as { hint: string };
    expect(body.hint).toMatch(/npm run serve/);
  });

  it('prints a link with the token in the fragment; an old ?token= link moves it there; no cookie is set', async () => {
    expect(server.openUrl).toMatch(/\/#token=/);
    const old = await fetch(`${server.url}/?token=${server.token}`, { redirect: 'manual' });
    expect(old.status).toBe(302);
    expect(old.headers.get('location')).toBe(`/#token=${encodeURIComponent(server.token)}`);
    expect(old.headers.get('set-cookie')).toBeNull();
    const page = await fetch(`${server.url}/`);
    expect(page.headers.get('set-cookie')).toBeNull();
    expect(await page.text()).toContain('Guftagu');
  });

  it('answers API calls over HTTP with contract checks', async () => {
    const created = await fetch(
      `${server.url}/api/sessions.create`,
      withToken({ method: 'POST', body: JSON.stringify({ title: 'HTTP session' }) }),
    );
    expect(created.status).toBe(200);
    expect(((await created.json()) as { title: string }).title).toBe('HTTP session');
    const bad = await fetch(
      `${server.url}/api/sessions.create`,
      withToken({ method: 'POST', body: JSON.stringify({ title: '' }) }),
    );
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { code: string }).code).toBe('invalid-request');
    const unknown = await fetch(`${server.url}/api/fs.readFile`, withToken({ method: 'POST', body: '{}' }));
    expect(((await unknown.json()) as { code: string }).code).toBe('invalid-request');
  });

  it('refuses sockets without the token or from another origin, and serves calls and events on the right one', async () => {
    const wsUrl = server.url.replace('http', 'ws');
    await expect(openSocket(`${wsUrl}/ws`)).rejects.toThrow(/401/);
    await expect(openSocket(`${wsUrl}/ws?token=${server.token}`)).rejects.toThrow(/401/);
    await expect(
      openSocket(`${wsUrl}/ws`, { 'x-guftagu-token': server.token, origin: 'http://evil.example' }),
    ).rejects.toThrow(/403/);
    const socket = await openSocket(`${wsUrl}/ws`, { 'x-guftagu-token': server.token });
    try {
      const events: WireMessage[] = [];
      socket.on('message', (data) => events.push(wireMessageSchema.parse(JSON.parse(String(data)))));
      const created = await call(socket, 1, 'sessions.create', { title: 'گفتگو سیشن' });
      expect(created.type === 'result' && created.ok).toBe(true);
      const invalid = await call(socket, 2, 'sessions.rename', { sessionId: 'x' });
      expect(invalid.type === 'result' && !invalid.ok && invalid.error.code).toBe('invalid-request');
      const notAMethod = await call(socket, 3, 'process.exit', {});
      expect(notAMethod.type === 'result' && !notAMethod.ok && notAMethod.error.code).toBe('invalid-request');
      expect(
        events.some((message) => message.type === 'event' && message.event === 'workspace.changed'),
      ).toBe(true);
    } finally {
      socket.close();
    }
  });

  it('uploads a file, imports it, and serves its media with range requests; other paths are refused', async () => {
    const source = makeMedia(path.join(root, 'src'), 'clip.mp4', { durationS: 2 });
    const upload = await fetch(
      `${server.url}/upload?name=${encodeURIComponent('../../evil name گفتگو.mp4')}`,
      withToken({ method: 'POST', body: readFileSync(source) }),
    );
    const { path: uploaded } = (await upload.json()) as { path: string };
    expect(path.basename(uploaded)).toBe('evil name گفتگو.mp4');
    expect(uploaded.startsWith(engine.uploadsPath)).toBe(true);

    const session = await engine.api['sessions.create']({ title: 'Upload' });
    const { jobIds } = await engine.api['media.import']({ sessionId: session.id, paths: [uploaded] });
    const [job] = await waitForJobs(engine, jobIds);
    expect(job?.state).toBe('succeeded');
    const view = await engine.api['sessions.get']({ sessionId: session.id });
    const mediaId = view.session.media[0]?.id ?? '';

    const base = `${server.url}/media/${session.id}/${mediaId}`;
    const ranged = await fetch(`${base}/source`, withToken({ headers: { range: 'bytes=0-99' } }));
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get('content-range')).toMatch(/^bytes 0-99\/\d+$/);
    expect((await ranged.arrayBuffer()).byteLength).toBe(100);
    const thumbnail = await fetch(`${base}/thumbnail`, withToken());
    expect(thumbnail.headers.get('content-type')).toBe('image/jpeg');
    expect((await fetch(`${base}/session.json`, withToken())).status).toBe(403);
    expect((await fetch(`${server.url}/media/..%2F..%2Fetc/passwd/source/x`, withToken())).status).not.toBe(
      200,
    );
    expect((await fetch(`${server.url}/media/..%2F..%2F/${mediaId}/source`, withToken())).status).toBe(400);
    expect((await fetch(`${server.url}/media/nope/${mediaId}/source`, withToken())).status).toBe(404);
    for (const sneaky of [
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%2F..%2Fetc%2Fpasswd',
      '/assets/..%5C..%5Cetc%5Cpasswd',
    ]) {
      const response = await fetch(`${server.url}${sneaky}`, withToken());
      expect(await response.text()).not.toContain('root:');
    }
  });
});
