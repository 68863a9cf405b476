import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GuftaguError } from '../../../../../shared/errors';
import {
  downloadModel,
  partialPathFor,
  type DownloadableModel,
} from '../../../../../electron/engine/transcription/models/download';
import { useTempDirs } from '../../../../support/tempDir';
import { useModelServer } from './modelServer';

const tempDir = useTempDirs('guftagu-models-download-');
const startServer = useModelServer();

const body = randomBytes(3 * 1024 * 1024 + 123);
const fileName = 'ggml-test.bin';
const sha256 = createHash('sha256').update(body).digest('hex');
const sha1 = createHash('sha1').update(body).digest('hex');
const entry: DownloadableModel = { id: 'test', fileName, bytes: body.length, sha256 };

async function rejection(promise: Promise<unknown>): Promise<GuftaguError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof GuftaguError)) throw new Error(`expected a GuftaguError, got ${String(error)}`);
  return error;
}

describe('downloadModel', () => {
  it('downloads, verifies sha256, reports progress up to the total and leaves only the final file', async () => {
    const server = await startServer({ files: { [fileName]: body } });
    const folder = path.join(tempDir(), 'models');
    const progress: [number, number | undefined][] = [];
    const result = await downloadModel(entry, folder, {
      baseUrl: server.baseUrl,
      onProgress: (received, total) => progress.push([received, total]),
    });
    expect(result).toEqual({
      path: path.join(folder, fileName),
      sizeBytes: body.length,
      verification: 'sha256',
      resumedFromBytes: 0,
    });
    expect(readFileSync(result.path).equals(body)).toBe(true);
    expect(readdirSync(folder)).toEqual([fileName]);
    expect(progress.at(-1)).toEqual([body.length, body.length]);
    const received = progress.map(([bytes]) => bytes);
    expect(received).toEqual([...received].sort((a, b) => a - b));
    expect(server.requests[0]?.range).toBeUndefined();
  });

  it('resumes an interrupted download with a Range request and verifies the whole file', async () => {
    const server = await startServer({ files: { [fileName]: body }, cutOnceAfterBytes: 1024 * 1024 });
    const folder = tempDir();
    const first = await rejection(downloadModel(entry, folder, { baseUrl: server.baseUrl }));
    expect(first.code).toBe('tool-failed');
    expect(first.hint).toMatch(/continues where it stopped/);
    const partial = partialPathFor(folder, fileName);
    const kept = statSync(partial).size;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThanOrEqual(1024 * 1024);
    expect(existsSync(path.join(folder, fileName))).toBe(false);

    const result = await downloadModel(entry, folder, { baseUrl: server.baseUrl });
    expect(server.requests[1]).toMatchObject({ range: `bytes=${kept}-`, status: 206 });
    expect(result.resumedFromBytes).toBe(kept);
    expect(result.verification).toBe('sha256');
    expect(readFileSync(result.path).equals(body)).toBe(true);
    expect(existsSync(partial)).toBe(false);
  });

  it('throws file-damaged and leaves neither a final file nor a partial when the bytes are wrong', async () => {
    const wrong = Buffer.from(body);
    wrong[wrong.length - 10] = (wrong[wrong.length - 10] ?? 0) ^ 0xff;
    const server = await startServer({ files: { [fileName]: wrong } });
    const folder = tempDir();
    const error = await rejection(downloadModel(entry, folder, { baseUrl: server.baseUrl }));
    expect(error.code).toBe('file-damaged');
    expect(error.message).toMatch(/corrupted/);
    expect(error.hint).toMatch(/Try the download again/);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('throws file-damaged when a resumed download does not add up, and removes the partial', async () => {
    const server = await startServer({ files: { [fileName]: body } });
    const folder = tempDir();
    writeFileSync(partialPathFor(folder, fileName), randomBytes(500_000));
    const error = await rejection(downloadModel(entry, folder, { baseUrl: server.baseUrl }));
    expect(error.code).toBe('file-damaged');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('restarts cleanly when the server ignores Range and answers 200', async () => {
    const server = await startServer({ files: { [fileName]: body }, honourRange: false });
    const folder = tempDir();
    writeFileSync(partialPathFor(folder, fileName), randomBytes(500_000));
    const result = await downloadModel(entry, folder, { baseUrl: server.baseUrl });
    expect(server.requests[0]).toMatchObject({ range: 'bytes=500000-', status: 200 });
    expect(result.resumedFromBytes).toBe(0);
    expect(readFileSync(result.path).equals(body)).toBe(true);
    expect(readdirSync(folder)).toEqual([fileName]);
  });

  it('finishes from a complete partial when the server answers 416', async () => {
    const server = await startServer({ files: { [fileName]: body } });
    const folder = tempDir();
    writeFileSync(partialPathFor(folder, fileName), body);
    const result = await downloadModel(entry, folder, { baseUrl: server.baseUrl });
    expect(server.requests.map((request) => request.status)).toEqual([416]);
    expect(result.resumedFromBytes).toBe(body.length);
    expect(readFileSync(result.path).equals(body)).toBe(true);
  });

  it('starts over when a full-length partial is damaged (416, then a fresh download)', async () => {
    const server = await startServer({ files: { [fileName]: body } });
    const folder = tempDir();
    writeFileSync(partialPathFor(folder, fileName), randomBytes(body.length));
    const result = await downloadModel(entry, folder, { baseUrl: server.baseUrl });
    expect(server.requests.map((request) => request.status)).toEqual([416, 200]);
    expect(readFileSync(result.path).equals(body)).toBe(true);
  });

  it('stops on cancel, keeps the partial, and a later download resumes from it', async () => {
    const server = await startServer({ files: { [fileName]: body }, chunkDelayMs: 15 });
    const folder = tempDir();
    const controller = new AbortController();
    const error = await rejection(
      downloadModel(entry, folder, {
        baseUrl: server.baseUrl,
        signal: controller.signal,
        onProgress: (received) => {
          if (received >= 512 * 1024) controller.abort();
        },
      }),
    );
    expect(error.code).toBe('canceled');
    const kept = statSync(partialPathFor(folder, fileName)).size;
    expect(kept).toBeGreaterThanOrEqual(512 * 1024);
    expect(existsSync(path.join(folder, fileName))).toBe(false);

    server.behaviour.chunkDelayMs = 0;
    const result = await downloadModel(entry, folder, { baseUrl: server.baseUrl });
    expect(result.resumedFromBytes).toBe(kept);
    expect(readFileSync(result.path).equals(body)).toBe(true);
  });

  it('verifies by sha1 when no sha256 is known, and by size alone when neither is', async () => {
    const server = await startServer({ files: { [fileName]: body, 'ggml-plain.bin': body } });
    const bySha1 = await downloadModel({ id: 'test', fileName, bytes: body.length, sha1 }, tempDir(), {
      baseUrl: server.baseUrl,
    });
    expect(bySha1.verification).toBe('sha1');
    const bySize = await downloadModel(
      { id: 'plain', fileName: 'ggml-plain.bin', bytes: body.length },
      tempDir(),
      { baseUrl: server.baseUrl },
    );
    expect(bySize.verification).toBe('size');
  });

  it('rejects a wrong sha1 as damaged', async () => {
    const server = await startServer({ files: { [fileName]: body } });
    const folder = tempDir();
    const error = await rejection(
      downloadModel({ ...entry, sha256: undefined, sha1: '0'.repeat(40) }, folder, {
        baseUrl: server.baseUrl,
      }),
    );
    expect(error.code).toBe('file-damaged');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('says not-found for a file the server does not have', async () => {
    const server = await startServer({ files: {} });
    const error = await rejection(downloadModel(entry, tempDir(), { baseUrl: server.baseUrl }));
    expect(error.code).toBe('not-found');
    expect(error.message).toMatch(/HTTP 404/);
  });

  it('says tool-failed with a hint when nothing listens', async () => {
    const server = await startServer({ files: {} });
    const closedUrl = server.baseUrl.replace(/:\d+\//, ':1/');
    const error = await rejection(downloadModel(entry, tempDir(), { baseUrl: closedUrl }));
    expect(error.code).toBe('tool-failed');
    expect(error.hint).toMatch(/internet connection/);
  });
});
