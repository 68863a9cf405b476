import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServeProcess, type ServeProcess } from './support/serveProcess';
import { frame, rawExchange, rawSocketSession, statusOf, upgradeRequest } from './support/rawSocket';

// Issue 12, "the browser-mode server can be killed without the token" and "malformed WebSocket frames kill
// it": each finding replayed over raw sockets against the real `npm run serve` entry in its own process.
let serve: ServeProcess;

beforeAll(async () => {
  serve = await startServeProcess({ GUFTAGU_MAX_UPLOAD_MB: '1' });
});

afterAll(async () => {
  await serve?.stop();
});

const host = () => `127.0.0.1:${serve.port}`;

async function expectStillAnswers(): Promise<void> {
  expect(serve.alive()).toBe(true);
  const response = await fetch(`${serve.url}/api/sessions.list`, {
    method: 'POST',
    headers: { 'x-guftagu-token': serve.token },
    body: '{}',
  });
  expect(response.status).toBe(200);
}

/** What an answer must never carry: a stack trace or a path of this installation. */
function expectNoInternals(text: string): void {
  expect(text).not.toMatch(/\n\s+at\s/);
  expect(text).not.toContain(path.resolve(__dirname, '../..'));
  expect(text).not.toContain('node_modules');
  expect(text).not.toContain(serve.root);
}

describe('nothing a client sends stops the server', () => {
  it.each([
    ['GET // with upgrade headers (new URL threw in the upgrade handler)', upgradeRequest(0, {}, '//')],
    [
      'a cookie that is not percent-encoding (decodeURIComponent threw)',
      upgradeRequest(0, { Cookie: 'guftagu_token=%' }),
    ],
    ['a malformed escape in the socket path', upgradeRequest(0, {}, '/ws/%E0%A4%A')],
    ['a path that is not a path', upgradeRequest(0, {}, 'http://[::1')],
    ['an upgrade for another host (DNS rebinding)', upgradeRequest(0, { Host: 'evil.example' })],
  ])('%s: refused, the process lives', async (_name, request) => {
    const withHost = request.replace('Host: 127.0.0.1:0', `Host: ${host()}`);
    const response = await rawExchange(serve.port, withHost);
    expect([400, 401, 403]).toContain(statusOf(response));
    expectNoInternals(response);
    await expectStillAnswers();
  });

  it.each([
    ['GET /%ZZ', `GET /%ZZ HTTP/1.1\r\nHost: HOST\r\n\r\n`, 400],
    ['GET //', `GET // HTTP/1.1\r\nHost: HOST\r\nConnection: close\r\n\r\n`, 200],
    [
      'an API call with a broken escape',
      `POST /api/%E0%A4%A HTTP/1.1\r\nHost: HOST\r\nContent-Length: 0\r\n\r\n`,
      400,
    ],
    ['a request line that is not HTTP', `\u0000\u0001garbage\r\n\r\n`, 400],
    ['a header with no colon', `GET / HTTP/1.1\r\nHost: HOST\r\nbroken\r\n\r\n`, 400],
    ['a wrong Host', `GET / HTTP/1.1\r\nHost: evil.example:80\r\nConnection: close\r\n\r\n`, 403],
    ['no Host', `GET / HTTP/1.0\r\n\r\n`, 403],
  ])('%s → %d', async (_name, request, expected) => {
    const response = await rawExchange(serve.port, request.replace('HOST', host()));
    expect(statusOf(response)).toBe(expected);
    expectNoInternals(response);
    await expectStillAnswers();
  });

  const text = (value: string) => Buffer.from(value, 'utf8');
  const malformedFrames: Array<[string, Buffer[]]> = [
    ['invalid UTF-8 in a text frame', [frame({ opcode: 0x1, payload: Buffer.from([0xc3, 0x28, 0xff]) })]],
    ['an unmasked client frame', [frame({ opcode: 0x1, masked: false, payload: text('{}') })]],
    ['reserved opcode 0x3', [frame({ opcode: 0x3, payload: text('x') })]],
    ['reserved control opcode 0xB', [frame({ opcode: 0xb })]],
    ['RSV1 set with no extension', [frame({ opcode: 0x1, rsv: 4, payload: text('{}') })]],
    ['a message over 16 MiB (declared)', [frame({ opcode: 0x2, declaredLength: 16n * 1024n * 1024n + 1n })]],
    ['a 64-bit length with the top bit set', [frame({ opcode: 0x1, declaredLength: 1n << 63n })]],
    ['a ping longer than 125 bytes', [frame({ opcode: 0x9, payload: Buffer.alloc(200, 1) })]],
    ['a fragmented close frame', [frame({ opcode: 0x8, fin: false, payload: Buffer.from([0x03, 0xe8]) })]],
    ['a continuation with nothing to continue', [frame({ opcode: 0x0, payload: text('x') })]],
    [
      'a new text frame inside a fragmented message',
      [frame({ opcode: 0x1, fin: false, payload: text('{') }), frame({ opcode: 0x1, payload: text('}') })],
    ],
    ['a close with code 999', [frame({ opcode: 0x8, payload: Buffer.from([0x03, 0xe7]) })]],
    ['a close with a one-byte body', [frame({ opcode: 0x8, payload: Buffer.from([0x03]) })]],
    [
      'a close reason that is not UTF-8',
      [
        frame({
          opcode: 0x8,
          payload: Buffer.concat([Buffer.from([0x03, 0xe8]), Buffer.from([0xff, 0xfe])]),
        }),
      ],
    ],
    [
      'a text frame that is not a call',
      [frame({ opcode: 0x1, payload: text('{"type":"call","id":1e400}') })],
    ],
    ['a binary frame of noise', [frame({ opcode: 0x2, payload: Buffer.alloc(1000, 0xab) })]],
  ];

  it.each(malformedFrames)(
    'a socket that sends %s: refused or ignored, the process lives',
    async (_name, frames) => {
      const response = await rawSocketSession(serve.port, { 'x-guftagu-token': serve.token }, frames, 3000);
      expect(statusOf(response)).toBe(101);
      await expectStillAnswers();
    },
  );

  it('refuses a 600 MiB /api body by its declared length before reading it', async () => {
    const response = await rawExchange(
      serve.port,
      `POST /api/sessions.create HTTP/1.1\r\nHost: ${host()}\r\nx-guftagu-token: ${serve.token}\r\nContent-Length: ${600 * 1024 * 1024}\r\n\r\n{"title":"`,
    );
    expect(statusOf(response)).toBe(413);
    await expectStillAnswers();
  });

  it('stops reading a streamed /api body once it passes the limit', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    const pieces: Buffer[] = [
      Buffer.from(
        `POST /api/sessions.create HTTP/1.1\r\nHost: ${host()}\r\nx-guftagu-token: ${serve.token}\r\nTransfer-Encoding: chunked\r\n\r\n`,
      ),
    ];
    for (let index = 0; index < 20; index += 1)
      pieces.push(Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n'));
    const response = await rawExchange(serve.port, pieces, 10_000);
    expect(statusOf(response)).toBe(413);
    await expectStillAnswers();
  });

  it('refuses uploads over the configured limit (GUFTAGU_MAX_UPLOAD_MB), declared or streamed, leaving nothing', async () => {
    const declared = await rawExchange(
      serve.port,
      `POST /upload?name=big.mp4 HTTP/1.1\r\nHost: ${host()}\r\nx-guftagu-token: ${serve.token}\r\nContent-Length: ${2 * 1024 * 1024}\r\n\r\n`,
    );
    expect(statusOf(declared)).toBe(413);
    const streamed = await fetch(`${serve.url}/upload?name=big.mp4`, {
      method: 'POST',
      headers: { 'x-guftagu-token': serve.token },
      body: new ReadableStream({
        start(controller) {
          for (let index = 0; index < 3; index += 1) controller.enqueue(new Uint8Array(1024 * 1024));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit).catch(() => undefined);
    if (streamed) expect(streamed.status).toBe(413);
    await expect.poll(() => readdirSync(path.join(serve.workspace, 'uploads'))).toEqual([]);
    await expectStillAnswers();
  });

  it('answers requests without the token with a plain refusal, never a stack trace or a path', async () => {
    for (const [method, target] of [
      ['POST', '/api/sessions.create'],
      ['POST', '/api/nope'],
      ['POST', '/upload?name=x'],
      ['GET', '/media/a/b/source'],
      ['GET', '/media/../../etc/passwd'],
      ['PUT', '/'],
    ] as const) {
      const response = await rawExchange(
        serve.port,
        `${method} ${target} HTTP/1.1\r\nHost: ${host()}\r\nContent-Length: 3\r\nConnection: close\r\n\r\n{x}`,
      );
      expect(statusOf(response)).toBeGreaterThanOrEqual(400);
      expectNoInternals(response);
    }
    await expectStillAnswers();
  });

  it('writes what it refused to the log (guftagu.log), not to the client', () => {
    const log = readFileSync(path.join(serve.root, 'config/logs/guftagu.log'), 'utf8');
    expect(log).toMatch(/server: 413 POST \/api\/sessions\.create/);
    expect(log).toMatch(/server: refused a request \(bad-host\)/);
    expect(log).toMatch(/server: closed a socket that sent a bad frame/);
  });
});
