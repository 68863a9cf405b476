import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildMediaUrl } from '../../../shared/api/mediaUrl';
import type { MediaAssetKind } from '../../../shared/model/media';
import { createMediaHandler } from '../../../electron/main/mediaHandler';
import { parseMediaUrl } from '../../../electron/main/mediaUrl';

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn(), unhandle: vi.fn() },
}));
vi.mock('electron', () => electron);

const bytes = Buffer.from(Array.from({ length: 1000 }, (_, index) => index % 256));
let dir: string;
let videoPath: string;

const resolveMediaAsset = vi.fn(async (sessionId: string, mediaId: string, asset: MediaAssetKind) => {
  if (sessionId === 's1' && mediaId === 'm1' && asset === 'proxy') return videoPath;
  if (sessionId === 's1' && mediaId === 'relative') return 'media/m1/proxy.mp4';
  throw new Error('not-found');
});
const handler = createMediaHandler({ resolveMediaAsset });
const get = (url: string, headers: Record<string, string> = {}) => handler(new Request(url, { headers }));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'guftagu-media-'));
  videoPath = join(dir, 'proxy.mp4');
  await writeFile(videoPath, bytes);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('media protocol', () => {
  it('registers a standard, secure, streaming, fetchable scheme and serves it', async () => {
    const { handleMediaProtocol, registerMediaScheme } = await import('../../../electron/main/mediaProtocol');
    registerMediaScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'guftagu-media',
        privileges: { standard: true, secure: true, stream: true, supportFetchAPI: true },
      },
    ]);
    const unhandle = handleMediaProtocol({ resolveMediaAsset });
    expect(electron.protocol.handle).toHaveBeenCalledWith('guftagu-media', expect.any(Function));
    unhandle();
    expect(electron.protocol.unhandle).toHaveBeenCalledWith('guftagu-media');
  });

  it('serves a whole file with its type and Accept-Ranges', async () => {
    const response = await get(buildMediaUrl('s1', 'm1', 'proxy'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('video/mp4');
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(response.headers.get('content-length')).toBe('1000');
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('answers a range request with 206 and exactly those bytes', async () => {
    const response = await get(buildMediaUrl('s1', 'm1', 'proxy'), { Range: 'bytes=100-199' });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe('bytes 100-199/1000');
    expect(response.headers.get('content-length')).toBe('100');
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes.subarray(100, 200))).toBe(true);

    const tail = await get(buildMediaUrl('s1', 'm1', 'proxy'), { Range: 'bytes=-10' });
    expect(tail.status).toBe(206);
    expect(Buffer.from(await tail.arrayBuffer()).equals(bytes.subarray(990))).toBe(true);
  });

  it('answers 416 to a range past the end', async () => {
    const response = await get(buildMediaUrl('s1', 'm1', 'proxy'), { Range: 'bytes=5000-' });
    expect(response.status).toBe(416);
    expect(response.headers.get('content-range')).toBe('bytes */1000');
  });

  it.each([
    ['a parent segment', 'guftagu-media://media/s1/../../etc/passwd'],
    ['an encoded parent segment', 'guftagu-media://media/%2e%2e/%2E%2E/proxy'],
    ['a half-encoded parent segment', 'guftagu-media://media/s1/.%2e/proxy'],
    ['an encoded separator', 'guftagu-media://media/s1/..%2F..%2Fetc/proxy'],
    ['an absolute POSIX path', `guftagu-media://media/${encodeURIComponent('/etc/passwd')}/m1/proxy`],
    ['an absolute Windows path', `guftagu-media://media/${encodeURIComponent('C:\\Windows')}/m1/proxy`],
    ['a backslash traversal', `guftagu-media://media/s1/${encodeURIComponent('..\\..\\x')}/proxy`],
    ['another host', 'guftagu-media://files/s1/m1/proxy'],
    ['too few segments', 'guftagu-media://media/s1/proxy'],
    ['too many segments', 'guftagu-media://media/s1/m1/proxy/extra'],
    ['an unknown asset', 'guftagu-media://media/s1/m1/session.json'],
    ['an asset the engine refuses', buildMediaUrl('s1', 'other', 'proxy')],
    ['a relative path from the engine', buildMediaUrl('s1', 'relative', 'proxy')],
  ])('refuses %s with 403', async (_label, url) => {
    const response = await get(url);
    expect(response.status).toBe(403);
  });

  it('never asks the engine about a refused URL', async () => {
    resolveMediaAsset.mockClear();
    await get('guftagu-media://media/%2e%2e/m1/proxy');
    await get('guftagu-media://media/s1/m1/secrets');
    expect(resolveMediaAsset).not.toHaveBeenCalled();
  });

  it('reads only well-formed URLs', () => {
    expect(parseMediaUrl(buildMediaUrl('session 1', 'm/1', 'thumbnail'))).toBeUndefined();
    expect(parseMediaUrl(buildMediaUrl('session-1', 'media-1', 'thumbnail'))).toEqual({
      sessionId: 'session-1',
      mediaId: 'media-1',
      asset: 'thumbnail',
    });
    expect(parseMediaUrl('guftagu-media://user:pw@media/s1/m1/proxy')).toBeUndefined();
    expect(parseMediaUrl('https://media/s1/m1/proxy')).toBeUndefined();
  });
});
