import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../electron/server/server';
import { downloadPath, zipPath } from '../../../shared/export/downloads';
import { mediaExpiryMs, signMediaPath } from '../../../shared/security/mediaSignature';
import { waitForJobs } from '../../support/waitForJobs';
import { setUpExport, type ExportWorld } from '../engine/export/exportFixture';

// Issue 13: in browser mode exported videos could not be downloaded ("Open folder" did nothing visible).
let world: ExportWorld;
let server: RunningServer;
let batchId = '';
let recordId = '';
const files: string[] = [];

const signed = (pathname: string) => {
  const expiresAtMs = mediaExpiryMs(Date.now());
  return `${server.url}${pathname}?exp=${expiresAtMs}&sig=${signMediaPath(server.token, pathname, expiresAtMs)}`;
};

beforeAll(async () => {
  world = await setUpExport({ sessionTitle: 'Downloads' });
  mkdirSync(path.join(world.root, 'static'));
  writeFileSync(path.join(world.root, 'static/index.html'), '<!doctype html><title>Guftagu</title>');
  server = await startServer({ engine: world.engine, staticDir: path.join(world.root, 'static') });
  const started = await world.engine.api['export.start']({
    sessionId: world.sessionId,
    clipIds: [world.clip.id],
    presetIds: ['test-small'],
    options: { sidecars: ['srt'], softSubtitles: false, normaliseLoudness: false },
  });
  const [job] = await waitForJobs(world.engine, started.jobIds);
  expect(job?.state, JSON.stringify(job?.error)).toBe('succeeded');
  const [record] = await world.engine.api['export.queue']({ batchId: started.batchId });
  batchId = started.batchId;
  recordId = record?.id ?? '';
  files.push(record?.outputPath ?? '', ...(record?.sidecarPaths ?? []));
}, 120_000);

afterAll(async () => {
  await server?.close();
  await world?.dispose();
});

describe('browser-mode downloads of exported files', () => {
  it('sends each output of a finished export, byte for byte, as an attachment', async () => {
    expect(files.length).toBeGreaterThan(1);
    for (const [index, file] of files.entries()) {
      const response = await fetch(signed(downloadPath(batchId, recordId, index)));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toContain(encodeURIComponent(path.basename(file)));
      expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(file))).toBe(true);
    }
  });

  it('streams the whole batch as a zip whose files match the exported ones', async () => {
    const response = await fetch(signed(zipPath(batchId)));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const zipFile = path.join(world.root, 'batch.zip');
    writeFileSync(zipFile, Buffer.from(await response.arrayBuffer()));
    execFileSync('unzip', ['-tq', zipFile]); // every entry's CRC checks
    const listing = execFileSync('unzip', ['-Z1', zipFile], { encoding: 'utf8' }).trim().split('\n');
    expect(listing.sort()).toEqual([...files.map((file) => path.basename(file)), 'manifest.csv'].sort());
    for (const file of files) {
      const inside = execFileSync('unzip', ['-p', zipFile, path.basename(file)], { maxBuffer: 1 << 28 });
      expect(inside.equals(readFileSync(file))).toBe(true);
    }
  });

  it('refuses without a signature or token, with a wrong signature, and for unknown files', async () => {
    expect((await fetch(`${server.url}${zipPath(batchId)}`)).status).toBe(401);
    const forged = signed(downloadPath(batchId, recordId, 0)).replace(/sig=[0-9a-f]/, 'sig=g');
    expect((await fetch(forged)).status).toBe(401);
    expect((await fetch(signed(downloadPath(batchId, recordId, 9)))).status).toBe(404);
    expect((await fetch(signed(downloadPath('no-such-batch', recordId, 0)))).status).toBe(404);
    expect((await fetch(signed(zipPath('no-such-batch')))).status).toBe(404);
  });

  it('refuses outputs written outside the workspace export folders', async () => {
    const elsewhere = path.join(world.root, 'desktop-folder');
    mkdirSync(elsewhere);
    const started = await world.engine.api['export.start']({
      sessionId: world.sessionId,
      clipIds: [world.clip.id],
      presetIds: ['test-small'],
      options: { sidecars: [], softSubtitles: false, normaliseLoudness: false },
      outputFolder: elsewhere,
    });
    const [job] = await waitForJobs(world.engine, started.jobIds);
    expect(job?.state).toBe('succeeded');
    const [record] = await world.engine.api['export.queue']({ batchId: started.batchId });
    const one = await fetch(signed(downloadPath(started.batchId, record?.id ?? '', 0)));
    expect(one.status).toBe(403);
    expect(((await one.json()) as { message: string }).message).toMatch(/exports folders/);
    expect((await fetch(signed(zipPath(started.batchId)))).status).toBe(403);
  });
});
