import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../electron/engine/engine';
import type { Engine } from '../../electron/engine/types';
import { startServer, type RunningServer } from '../../electron/server/server';
import { MODEL_REGISTRY_NAME } from '../../shared/model/modelRegistry';
import { MANIFEST_NAME } from '../../electron/engine/transcription/models/files';
import { haveSharedFixtures, sharedFixture } from '../support/sharedFixtures';
import { rawExchange, statusOf } from './support/rawSocket';

// Issue 13/14: browser mode uploads a model file. The route keeps the media upload's guards (token, Host,
// Origin, size cap, free space) with a cap that fits large-v3, refuses a non-ggml body at its first bytes,
// and a refused or cancelled upload leaves no file in uploads/ or in the models folder.
const MAX_MODEL_BYTES = 2 * 1024 * 1024;
const root = mkdtempSync(path.join(os.tmpdir(), 'guftagu-security-model-upload-'));
let engine: Engine;
let server: RunningServer;
let port = 0;
let modelsFolder = '';
const tiny = sharedFixture('models/for-tests-ggml-tiny.bin');

beforeAll(async () => {
  mkdirSync(path.join(root, 'static'), { recursive: true });
  writeFileSync(path.join(root, 'static/index.html'), '<!doctype html><title>Guftagu</title>');
  engine = await createEngine({
    workspacePath: path.join(root, 'workspace'),
    configDir: path.join(root, 'config'),
    binding: 'browser',
  });
  server = await startServer({
    engine,
    staticDir: path.join(root, 'static'),
    port: 0,
    maxModelUploadBytes: MAX_MODEL_BYTES,
  });
  port = Number(new URL(server.url).port);
  modelsFolder = engine.models?.folder ?? '';
});

afterAll(async () => {
  await server?.close();
  await engine?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Every file under a folder (recursively), as relative paths; a missing folder is empty. */
function filesUnder(folder: string): string[] {
  try {
    return readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
      .sort();
  } catch {
    return [];
  }
}

const modelFiles = () =>
  filesUnder(modelsFolder).filter((name) => name !== MODEL_REGISTRY_NAME && name !== MANIFEST_NAME);

async function waitUntil(check: () => boolean, what: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting until ${what}`);
}

async function post(
  query: string,
  body: Buffer,
  headers: Record<string, string> = { 'x-guftagu-token': server.token },
): Promise<{ status: number; json: { code?: string; message?: string; model?: Record<string, unknown> } }> {
  const response = await fetch(`${server.url}/upload-model?${query}`, {
    method: 'POST',
    headers,
    body: new Uint8Array(body),
  });
  return {
    status: response.status,
    json: (await response.json()) as { code?: string; message?: string; model?: Record<string, unknown> },
  };
}

/** What the server sends first, while the rest of the declared body is still unsent. */
function firstAnswer(pieces: (string | Buffer)[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('data', (chunk: Buffer) => {
      socket.destroy();
      resolve(chunk.toString('latin1'));
    });
    socket.on('error', reject);
    socket.on('connect', () => {
      for (const piece of pieces) socket.write(piece);
    });
  });
}

function rawUploadHead(query: string, contentLength: number, extra: string[] = []): string {
  return [
    `POST /upload-model?${query} HTTP/1.1`,
    `Host: 127.0.0.1:${port}`,
    `x-guftagu-token: ${server.token}`,
    `Content-Length: ${contentLength}`,
    ...extra,
    '',
    '',
  ].join('\r\n');
}

describe.runIf(haveSharedFixtures())('POST /upload-model', () => {
  it('imports a real ggml model with its name and languages, and keeps no upload copy', async () => {
    const result = await post(
      `name=${encodeURIComponent('urdu-ft.bin')}&displayName=${encodeURIComponent('اردو fine-tune، v2')}&languages=ur,en`,
      readFileSync(tiny),
    );
    expect(result.status, JSON.stringify(result.json)).toBe(200);
    expect(result.json.model).toMatchObject({
      id: 'urdu-ft',
      displayName: 'اردو fine-tune، v2',
      languages: ['ur', 'en'],
      origin: 'upload',
      family: 'tiny',
    });
    expect(modelFiles()).toEqual(['urdu-ft.bin']);
    await waitUntil(() => filesUnder(engine.uploadsPath).length === 0, 'uploads/ is empty');
    const listed = await engine.api['models.list']({});
    expect(listed.installed.map((model) => model.displayName)).toEqual(['اردو fine-tune، v2']);
    await engine.api['models.remove']({ id: 'urdu-ft' });
  });

  it('refuses a request without the token (401) and one from another origin (403), writing nothing', async () => {
    const body = readFileSync(tiny);
    expect((await post('name=a.bin', body, {})).status).toBe(401);
    expect((await post('name=a.bin', body, { 'x-guftagu-token': 'wrong' })).status).toBe(401);
    const foreign = await post('name=a.bin', body, {
      'x-guftagu-token': server.token,
      origin: 'http://127.0.0.1:1',
    });
    expect(foreign.status).toBe(403);
    const evilHost = await rawExchange(
      port,
      rawUploadHead('name=a.bin', 10).replace(`Host: 127.0.0.1:${port}`, 'Host: evil.example'),
    );
    expect(statusOf(evilHost)).toBe(403);
    expect(modelFiles()).toEqual([]);
    expect(filesUnder(engine.uploadsPath)).toEqual([]);
  });

  it('refuses a model over the cap by its declared length before reading it, and when streamed without one', async () => {
    const declared = await rawExchange(port, rawUploadHead('name=big.bin', MAX_MODEL_BYTES + 1));
    expect(statusOf(declared)).toBe(413);
    expect(declared).toMatch(/larger than this server accepts/);

    // Chunked: no length is declared, so the byte counter stops it.
    const head = readFileSync(tiny);
    const big = Buffer.concat([head, Buffer.alloc(MAX_MODEL_BYTES)]);
    const chunked = await fetch(`${server.url}/upload-model?name=big.bin`, {
      method: 'POST',
      headers: { 'x-guftagu-token': server.token },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new Uint8Array(big));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit).catch(() => undefined);
    if (chunked) expect(chunked.status).toBe(413);
    await waitUntil(() => filesUnder(engine.uploadsPath).length === 0, 'uploads/ is empty');
    expect(modelFiles()).toEqual([]);
  });

  it('refuses a non-ggml body at its first bytes, without waiting for the rest', async () => {
    const gguf = Buffer.concat([Buffer.from('GGUF', 'latin1'), Buffer.alloc(4092)]);
    // Declares 1 MiB but sends only 4 KiB: the answer must come from the first bytes alone.
    const answer = await firstAnswer([rawUploadHead('name=llm.bin', 1024 * 1024), gguf]);
    expect(statusOf(answer)).toBe(415);
    expect(answer).toMatch(/not a whisper\.cpp ggml model file.*GGUF/);
    for (const [name, body] of [
      ['notes.bin', Buffer.from('یہ ماڈل نہیں، just notes ۱۲۳۔')],
      ['empty.bin', Buffer.alloc(0)],
    ] as const) {
      const result = await post(`name=${name}`, body);
      expect(result.status, name).toBe(415);
    }
    await waitUntil(() => filesUnder(engine.uploadsPath).length === 0, 'uploads/ is empty');
    expect(modelFiles()).toEqual([]);
  });

  it('refuses a truncated ggml model (its header is fine, its vocabulary is cut) and keeps nothing', async () => {
    const result = await post('name=cut.bin', readFileSync(tiny).subarray(0, 50_000));
    expect(result.status).toBe(400);
    expect(result.json.code).toBe('file-damaged');
    await waitUntil(() => filesUnder(engine.uploadsPath).length === 0, 'uploads/ is empty');
    expect(modelFiles()).toEqual([]);
  });

  it('refuses a model the disk has no room for (507), before reading it', async () => {
    // A second server over the same engine whose reserve no disk can keep free.
    const tight = await startServer({
      engine,
      staticDir: path.join(root, 'static'),
      port: 0,
      token: server.token,
      uploadReserveBytes: 2 ** 52,
    });
    try {
      const tightPort = Number(new URL(tight.url).port);
      const answer = await rawExchange(
        tightPort,
        rawUploadHead('name=a.bin', readFileSync(tiny).length).replace(`:${port}`, `:${tightPort}`),
      );
      expect(statusOf(answer)).toBe(507);
      expect(answer).toMatch(/not enough free space for this model/);
    } finally {
      await tight.close();
    }
    expect(filesUnder(engine.uploadsPath)).toEqual([]);
    expect(modelFiles()).toEqual([]);
  });

  it('refuses bad languages and an over-long name before reading the body', async () => {
    const bad = await rawExchange(port, rawUploadHead('name=a.bin&languages=urdu', 1024 * 1024));
    expect(statusOf(bad)).toBe(400);
    expect(bad).toMatch(/not a language code/);
    const long = await rawExchange(
      port,
      rawUploadHead(`name=a.bin&displayName=${'x'.repeat(200)}`, 1024 * 1024),
    );
    expect(statusOf(long)).toBe(400);
  });

  it('leaves nothing behind when the upload is cancelled mid-way', async () => {
    const body = readFileSync(tiny);
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.on('error', () => undefined);
    await new Promise<void>((resolve) => socket.on('connect', resolve));
    socket.write(rawUploadHead('name=half.bin', body.length));
    socket.write(body.subarray(0, Math.floor(body.length / 2)));
    // The server has the first half on disk under a temp name before the page cancels.
    await waitUntil(() => filesUnder(engine.uploadsPath).length > 0, 'the upload has started');
    socket.destroy();
    await waitUntil(() => filesUnder(engine.uploadsPath).length === 0, 'the cancelled upload is removed');
    expect(readdirSync(engine.uploadsPath)).toEqual([]);
    expect(modelFiles()).toEqual([]);
    // And the server still answers.
    expect((await post('name=a.bin', Buffer.alloc(0))).status).toBe(415);
  });
});
