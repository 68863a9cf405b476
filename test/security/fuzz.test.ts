import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { methodNames } from '../../shared/api/contract';
import { startServeProcess, type ServeProcess } from './support/serveProcess';
import { frame, rawExchange, rawSocketSession, seededRandom } from './support/rawSocket';

// A bounded, seeded fuzz of the browser-mode server's HTTP and WebSocket endpoints: random request lines,
// headers, bodies and frames for a fixed number of iterations, then the server must still answer. A
// failing run is replayed with the same seed.
const SEED = 20_261_205;
const HTTP_ITERATIONS = 300;
const SOCKET_ITERATIONS = 150;
const BATCH = 8;

let serve: ServeProcess;

beforeAll(async () => {
  serve = await startServeProcess({ GUFTAGU_MAX_UPLOAD_MB: '1' });
});

afterAll(async () => {
  await serve?.stop();
});

const random = seededRandom(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const bytes = (length: number) => Buffer.from(Array.from({ length }, () => Math.floor(random() * 256)));
const junk = (length: number) =>
  Array.from({ length }, () => String.fromCharCode(33 + Math.floor(random() * 94))).join('');

function randomPayload(): unknown {
  return pick<unknown>([
    {},
    null,
    [],
    'x',
    1e308,
    { sessionId: junk(8), paths: ['/etc/passwd', '../../x', '\u0000'] },
    { title: 'گفتگو '.repeat(Math.floor(random() * 50)) },
    { path: '/dev/zero', sessionId: 's', mediaId: 'm', language: 'ur' },
    { ffmpegPath: '/bin/sh' },
    { [junk(5)]: { nested: [junk(10)] } },
  ]);
}

function randomHttpRequest(port: number, token: string): Buffer {
  const method = pick(['GET', 'POST', 'PUT', 'HEAD', 'OPTIONS', 'DELETE', 'PATCH', junk(5), '']);
  const path = pick([
    '/',
    '//',
    '/api/',
    `/api/${pick(methodNames)}`,
    `/api/${junk(6)}`,
    '/api/%',
    '/upload?name=%',
    `/upload?name=${encodeURIComponent('نام 🎙️'.repeat(40))}`,
    '/media/a/b/source',
    '/media/%2e%2e/%2e%2e/etc/passwd',
    '/ws',
    '/%00',
    '/..%2f..%2fetc%2fpasswd',
    `/${encodeURIComponent(junk(20))}`,
    `/${junk(30)}`,
    'http://[::1',
    '*',
  ]);
  const headers: string[] = [];
  const host = pick([`127.0.0.1:${port}`, `localhost:${port}`, 'evil.example', '', junk(12)]);
  if (random() < 0.9) headers.push(`Host: ${host}`);
  if (random() < 0.6) headers.push(`x-guftagu-token: ${pick([token, '', junk(10), '%'])}`);
  if (random() < 0.3)
    headers.push(`Origin: ${pick(['null', `http://127.0.0.1:${port}`, 'http://localhost:1', junk(8)])}`);
  if (random() < 0.3) headers.push(`Cookie: guftagu_token=${pick(['%', '%E0%A4%A', token, junk(10)])}`);
  if (random() < 0.2) headers.push(`Sec-Fetch-Site: ${pick(['same-site', 'cross-site', 'none', junk(4)])}`);
  if (random() < 0.2) headers.push(`Range: bytes=${pick(['0-', '-5', '99999999999-', 'x', '0-1,2-3'])}`);
  if (random() < 0.2)
    headers.push(`Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${junk(8)}`);
  if (random() < 0.2) headers.push(`${junk(6)}: ${junk(20)}`);
  const body =
    random() < 0.5 ? Buffer.from(JSON.stringify(randomPayload())) : bytes(Math.floor(random() * 4096));
  const length = pick([String(body.length), String(body.length + 10), '-1', 'abc', String(2 ** 40), '']);
  if (length !== '') headers.push(`Content-Length: ${length}`);
  if (random() < 0.2) headers.push('Transfer-Encoding: chunked');
  headers.push('Connection: close');
  return Buffer.concat([Buffer.from(`${method} ${path} HTTP/1.1\r\n${headers.join('\r\n')}\r\n\r\n`), body]);
}

function randomFrames(): Buffer[] {
  const count = 1 + Math.floor(random() * 4);
  return Array.from({ length: count }, () => {
    const call = JSON.stringify({
      type: 'call',
      id: Math.floor(random() * 1e6),
      method: pick(methodNames),
      payload: randomPayload(),
    });
    const payload = random() < 0.5 ? Buffer.from(call) : bytes(Math.floor(random() * 2000));
    return frame({
      opcode: pick([0x0, 0x1, 0x1, 0x2, 0x3, 0x8, 0x9, 0xa, 0xb, 0xf]),
      fin: random() < 0.8,
      rsv: random() < 0.1 ? Math.floor(random() * 8) : 0,
      masked: random() < 0.9,
      payload: random() < 0.05 ? bytes(70_000) : payload,
      ...(random() < 0.05 ? { declaredLength: BigInt(Math.floor(random() * 2 ** 40)) } : {}),
    });
  });
}

async function expectStillAnswers(): Promise<void> {
  expect(serve.alive()).toBe(true);
  const response = await fetch(`${serve.url}/api/sessions.list`, {
    method: 'POST',
    headers: { 'x-guftagu-token': serve.token },
    body: '{}',
  });
  expect(response.status).toBe(200);
}

describe(`fuzz (seed ${SEED})`, () => {
  it(`${HTTP_ITERATIONS} random HTTP requests, then the server still answers`, async () => {
    for (let start = 0; start < HTTP_ITERATIONS; start += BATCH) {
      const requests = Array.from({ length: Math.min(BATCH, HTTP_ITERATIONS - start) }, () =>
        randomHttpRequest(serve.port, serve.token),
      );
      await Promise.all(requests.map((request) => rawExchange(serve.port, request, 1500)));
      expect(serve.alive()).toBe(true);
    }
    await expectStillAnswers();
  });

  it(`${SOCKET_ITERATIONS} sockets of random frames, then the server still answers, calls included`, async () => {
    for (let start = 0; start < SOCKET_ITERATIONS; start += BATCH) {
      const sessions = Array.from({ length: Math.min(BATCH, SOCKET_ITERATIONS - start) }, () =>
        randomFrames(),
      );
      await Promise.all(
        sessions.map((frames) =>
          rawSocketSession(serve.port, { 'x-guftagu-token': serve.token }, frames, 1500),
        ),
      );
      expect(serve.alive()).toBe(true);
    }
    await expectStillAnswers();
    const socket = new WebSocket(`${serve.url.replace('http', 'ws')}/ws`, {
      headers: { 'x-guftagu-token': serve.token },
    });
    const reply = await new Promise<string>((resolve, reject) => {
      socket.once('error', reject);
      socket.once('open', () =>
        socket.send(JSON.stringify({ type: 'call', id: 1, method: 'sessions.list', payload: {} })),
      );
      socket.on('message', (data) => {
        const text = String(data);
        if (text.includes('"type":"result"')) resolve(text);
      });
    });
    socket.close();
    expect(JSON.parse(reply)).toMatchObject({ type: 'result', id: 1, ok: true });
  });
});
