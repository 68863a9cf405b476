import { spawnSync } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createEngine } from '../../electron/engine/engine';
import type { Engine } from '../../electron/engine/types';
import { startServer, type RunningServer } from '../../electron/server/server';
import { wireMessageSchema } from '../../shared/api/wire';
import { signMediaPath } from '../../shared/security/mediaSignature';
import { makeMedia } from '../support/makeMedia';
import { waitForJobs } from '../support/waitForJobs';

// Issue 12: "with the token, the path-taking methods read and write any file", "settings.update makes the
// server run any binary", devices and FIFOs, upload names cut in UTF-16 units, uploads with no limit.
const repoRoot = path.resolve(__dirname, '../..');
const root = mkdtempSync(path.join(os.tmpdir(), 'guftagu-security-files-'));
const outside = path.join(root, 'outside');
let engine: Engine;
let server: RunningServer;
let sessionId = '';
let mediaId = '';

beforeAll(async () => {
  mkdirSync(path.join(root, 'static'), { recursive: true });
  writeFileSync(path.join(root, 'static/index.html'), '<!doctype html><title>Guftagu</title>');
  mkdirSync(outside, { recursive: true });
  writeFileSync(path.join(outside, 'secret.srt'), '1\n00:00:01,000 --> 00:00:02,000\nsecret words\n');
  writeFileSync(path.join(outside, 'keep.txt'), 'do not overwrite');
  engine = await createEngine({
    workspacePath: path.join(root, 'workspace'),
    configDir: path.join(root, 'config'),
    binding: 'browser',
  });
  server = await startServer({ engine, staticDir: path.join(root, 'static'), port: 0 });
  const source = makeMedia(path.join(root, 'src'), 'clip.mp4', { durationS: 2 });
  const uploaded = await upload('clip.mp4', readFileSync(source));
  const session = await engine.api['sessions.create']({ title: 'Security' });
  sessionId = session.id;
  const { jobIds } = await engine.api['media.import']({ sessionId, paths: [uploaded] });
  await waitForJobs(engine, jobIds);
  mediaId = (await engine.api['sessions.get']({ sessionId })).session.media[0]?.id ?? '';
});

afterAll(async () => {
  await server?.close();
  await engine?.close();
  rmSync(root, { recursive: true, force: true });
});

async function upload(name: string, body: Buffer): Promise<string> {
  const response = await fetch(`${server.url}/upload?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'x-guftagu-token': server.token },
    body: new Uint8Array(body),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { path: string }).path;
}

async function callHttp(
  method: string,
  payload: unknown,
): Promise<{ status: number; body: { code?: string } }> {
  const response = await fetch(`${server.url}/api/${method}`, {
    method: 'POST',
    headers: { 'x-guftagu-token': server.token },
    body: JSON.stringify(payload),
  });
  return { status: response.status, body: (await response.json()) as { code?: string } };
}

function callSocket(method: string, payload: unknown): Promise<{ ok: boolean; code?: string }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}/ws`, {
      headers: { 'x-guftagu-token': server.token },
    });
    socket.once('error', reject);
    socket.once('open', () => socket.send(JSON.stringify({ type: 'call', id: 7, method, payload })));
    socket.on('message', (data) => {
      const message = wireMessageSchema.parse(JSON.parse(String(data)));
      if (message.type !== 'result' || message.id !== 7) return;
      socket.close();
      resolve(message.ok ? { ok: true } : { ok: false, code: message.error.code });
    });
  });
}

describe('file access through the API is scoped to the workspace', () => {
  it.each([
    [
      'subtitles.import of any text file',
      'subtitles.import',
      () => ({ sessionId, mediaId, path: path.join(outside, 'secret.srt') }),
    ],
    [
      'subtitles.import of /etc/hostname',
      'subtitles.import',
      () => ({ sessionId, mediaId, path: '/etc/hostname' }),
    ],
    [
      'subtitles.import climbing out of uploads',
      'subtitles.import',
      () => ({ sessionId, mediaId, path: path.join(engine.uploadsPath, '../../outside/secret.srt') }),
    ],
    [
      'subtitles.export overwriting any file',
      'subtitles.export',
      () => ({ sessionId, mediaId, trackId: 't', format: 'srt', path: path.join(outside, 'keep.txt') }),
    ],
    [
      'subtitles.export over the session document',
      'subtitles.export',
      () => ({
        sessionId,
        mediaId,
        trackId: 't',
        format: 'srt',
        path: path.join(engine.workspacePath, 'sessions', sessionId, 'session.json'),
      }),
    ],
    [
      'export.start writing anywhere',
      'export.start',
      () => ({ sessionId, clipIds: ['c'], presetIds: ['reels'], outputFolder: outside }),
    ],
    [
      'media.import of a file outside',
      'media.import',
      () => ({ sessionId, paths: [path.join(outside, 'secret.srt')] }),
    ],
    ['models.import of /etc/passwd', 'models.import', () => ({ path: '/etc/passwd' })],
    [
      'transcripts.start with a model path outside',
      'transcripts.start',
      () => ({ sessionId, mediaId, model: '/etc/passwd' }),
    ],
    [
      'settings.update ffmpegPath',
      'settings.update',
      () => ({ ffmpegPath: '/bin/sh', ffmpegSource: 'custom' }),
    ],
    ['settings.update whisperPath', 'settings.update', () => ({ whisperPath: '/bin/sh' })],
    ['settings.update ffprobePath', 'settings.update', () => ({ ffprobePath: '/bin/sh' })],
    ['settings.update workspacePath', 'settings.update', () => ({ workspacePath: '/' })],
  ])('refuses %s, over HTTP and over the socket', async (_name, method, payload) => {
    const http = await callHttp(method, payload());
    expect(http.status).toBe(403);
    expect(http.body.code).toBe('unauthorized');
    expect(await callSocket(method, payload())).toEqual({ ok: false, code: 'unauthorized' });
  });

  it('leaves the files and settings as they were', async () => {
    expect(readFileSync(path.join(outside, 'keep.txt'), 'utf8')).toBe('do not overwrite');
    const settings = await engine.api['settings.get']({});
    expect(settings.ffmpegPath).toBeUndefined();
    expect(settings.whisperPath).toBeUndefined();
    expect(settings.ffmpegSource).toBe('auto'); // the default, unchanged by the refused calls
  });

  it('refuses a symlink inside the workspace that points outside', async () => {
    const link = path.join(engine.uploadsPath, 'sneaky.srt');
    symlinkSync(path.join(outside, 'secret.srt'), link);
    const result = await callHttp('subtitles.import', { sessionId, mediaId, path: link });
    expect(result.status).toBe(403);
    unlinkSync(link);
  });

  it('still lets the page change what it should (language, concurrency) and import an upload', async () => {
    expect((await callHttp('settings.update', { uiLanguage: 'ur', ffmpegConcurrency: 2 })).status).toBe(200);
    const srt = await upload(
      'اردو.srt',
      Buffer.from('1\n00:00:00,500 --> 00:00:01,500\nسلام، hello ۲۰۲۶۔\n'),
    );
    const imported = await callHttp('subtitles.import', { sessionId, mediaId, path: srt, language: 'ur' });
    expect(imported.status).toBe(200);
  });
});

describe('only regular files are read', () => {
  const fifo = () => {
    const file = path.join(engine.uploadsPath, `pipe-${Date.now()}.srt`);
    execFileSync('mkfifo', [file]);
    return file;
  };

  it('refuses a FIFO as subtitles at once', async () => {
    const result = await callHttp('subtitles.import', { sessionId, mediaId, path: fifo(), language: 'ur' });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      code: 'file-unreadable',
      message: expect.stringMatching(/is not a regular file \(it is a pipe/) as unknown,
    });
  });

  it('refuses a FIFO as footage: the import job fails at once, naming it', async () => {
    const { jobIds } = await engine.api['media.import']({ sessionId, paths: [fifo()] });
    const [job] = await waitForJobs(engine, jobIds);
    expect(job?.state).toBe('failed');
    expect(job?.error?.message).toMatch(/is not a regular file \(it is a pipe/);
  });

  it('refuses /dev/zero as subtitles and as footage (desktop and CLI reach the engine directly): a device, not a folder', async () => {
    const subtitles = await engine.api['subtitles.import']({
      sessionId,
      mediaId,
      path: '/dev/zero',
      language: 'ur',
    }).catch((error: unknown) => error);
    expect(subtitles).toMatchObject({
      code: 'file-unreadable',
      message: 'zero is not a regular file (it is a device).',
    });
    const { jobIds } = await engine.api['media.import']({ sessionId, paths: ['/dev/zero'] });
    const [job] = await waitForJobs(engine, jobIds);
    expect(job?.state).toBe('failed');
    expect(job?.error?.message).toBe('zero is not a regular file (it is a device).');
    expect((await callHttp('sessions.list', {})).status).toBe(200);
  });

  it('refuses a FIFO in place of session.json without hanging the server', async () => {
    const victim = await engine.api['sessions.create']({ title: 'Pipe' });
    const document = path.join(engine.workspacePath, 'sessions', victim.id, 'session.json');
    unlinkSync(document);
    execFileSync('mkfifo', [document]);
    const result = await callHttp('sessions.get', { sessionId: victim.id });
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.body)).toMatch(/not a regular file/);
    expect((await callHttp('sessions.get', { sessionId })).status).toBe(200);
  });

  it('guftagu subtitles convert /dev/zero stops at once: "is not a regular file", not "is a folder", nothing written', () => {
    const output = path.join(root, 'zero.vtt');
    const result = spawnSync(
      process.execPath,
      [
        path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'),
        'electron/cli/index.ts',
        'subtitles',
        'convert',
        '/dev/zero',
        output,
      ],
      {
        cwd: repoRoot,
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, GUFTAGU_CONFIG_DIR: path.join(root, 'cli-config') },
      },
    );
    expect(result.status).not.toBe(0);
    expect(result.signal).toBeNull();
    expect(result.stderr).toMatch(/zero is not a regular file \(it is a device\)/);
    expect(result.stderr).not.toMatch(/is a folder/);
    expect(existsSync(output)).toBe(false);
  });
});

describe('uploads and media URLs', () => {
  it('keeps a long Urdu and emoji name, cut to 200 bytes of whole letters', async () => {
    const name = `${'کراچی یونیورسٹی مکالمہ، Ayesha ۲۰۲۶۔ 🎙️👩🏽‍🎤 '.repeat(10)}.mp4`;
    const stored = await upload(name, Buffer.from('not really a video'));
    const base = path.basename(stored);
    expect(Buffer.byteLength(base)).toBeLessThanOrEqual(200);
    expect(base.endsWith('.mp4')).toBe(true);
    expect(name.startsWith(base.slice(0, -4))).toBe(true);
  });

  it('refuses an upload that would leave too little free space (507), leaving nothing behind', async () => {
    const tight = await startServer({
      engine,
      staticDir: path.join(root, 'static'),
      port: 0,
      uploadReserveBytes: Number.MAX_SAFE_INTEGER / 2,
    });
    try {
      const before = readdirSync(engine.uploadsPath).length;
      const response = await fetch(`${tight.url}/upload?name=x.mp4`, {
        method: 'POST',
        headers: { 'x-guftagu-token': tight.token },
        body: Buffer.alloc(1024),
      });
      expect(response.status).toBe(507);
      expect(((await response.json()) as { code: string }).code).toBe('disk-full');
      expect(readdirSync(engine.uploadsPath).length).toBe(before);
    } finally {
      await tight.close();
    }
  });

  it('serves media to a signed URL for that asset only, and not to an expired or borrowed one', async () => {
    const pathname = `/media/${sessionId}/${mediaId}/thumbnail`;
    const expires = Date.now() + 60 * 60 * 1000;
    const signed = (target: string, expiresAt: number, signedPath = target) =>
      `${server.url}${target}?exp=${expiresAt}&sig=${signMediaPath(server.token, signedPath, expiresAt)}`;
    expect((await fetch(signed(pathname, expires))).status).toBe(200);
    expect((await fetch(`${server.url}${pathname}`)).status).toBe(401);
    expect((await fetch(signed(`/media/${sessionId}/${mediaId}/source`, expires, pathname))).status).toBe(
      401,
    );
    expect((await fetch(signed(pathname, Date.now() - 1000))).status).toBe(401);
    expect((await fetch(signed(pathname, Date.now() + 365 * 24 * 3600 * 1000))).status).toBe(401);
  });
});
