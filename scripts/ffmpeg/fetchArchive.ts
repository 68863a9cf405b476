import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { PIN_README, PinError } from './pinError';
import type { PinnedArchive } from './pinManifest';

/**
 * One pinned archive on disk, checked: `<cacheDir>/<sha256>.<type>`. A cached copy whose bytes still hash to
 * the pin is used without a request; otherwise the archive is downloaded to a `.part` file beside it, hashed
 * as it streams, and moved into place only when every byte arrived and the hash matches. A failed, short or
 * wrong download leaves nothing in the cache.
 */
export interface FetchedArchive {
  file: string;
  fromCache: boolean;
  bytes: number;
}

export interface FetchOptions {
  cacheDir: string;
  /** No byte for this long aborts the download (default 60 s). */
  idleTimeoutMs?: number;
  log?: (line: string) => void;
}

export async function fetchPinnedArchive(
  archive: PinnedArchive,
  options: FetchOptions,
): Promise<FetchedArchive> {
  const log = options.log ?? (() => {});
  await fs.mkdir(options.cacheDir, { recursive: true });
  const file = path.join(options.cacheDir, `${archive.sha256}.${archive.type}`);
  const cached = await hashOfFile(file);
  if (cached?.sha256 === archive.sha256) {
    log(`cached ${path.basename(file)} (${archive.url})`);
    return { file, fromCache: true, bytes: cached.bytes };
  }
  if (cached) {
    log(`cached ${path.basename(file)} no longer matches its sha256; downloading it again`);
    await fs.rm(file, { force: true });
  }

  const part = `${file}.part-${process.pid}`;
  try {
    log(`downloading ${archive.url}`);
    const { sha256, bytes } = await download(archive.url, part, options.idleTimeoutMs ?? 60_000);
    if (sha256 !== archive.sha256) {
      throw new PinError(
        'sha256-mismatch',
        `${archive.url} has sha256 ${sha256}, not the pinned ${archive.sha256}.`,
        `Nothing was used. If the new file is genuinely the intended build, check it and update the pin (${PIN_README}); otherwise the download was tampered with or damaged.`,
      );
    }
    await fs.rename(part, file);
    return { file, fromCache: false, bytes };
  } finally {
    await fs.rm(part, { force: true });
  }
}

async function download(
  url: string,
  target: string,
  idleTimeoutMs: number,
): Promise<{ sha256: string; bytes: number }> {
  const controller = new AbortController();
  let idleTimer = setTimeout(() => controller.abort(), idleTimeoutMs);
  const stillAlive = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => controller.abort(), idleTimeoutMs);
  };
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, redirect: 'follow' });
    } catch (error) {
      throw failed(url, `the request failed (${describe(error)})`, error);
    }
    if (!response.ok || !response.body) {
      throw failed(url, `the server answered ${response.status} ${response.statusText}`.trim());
    }
    const expectedBytes = Number(response.headers.get('content-length') ?? Number.NaN);
    const hash = createHash('sha256');
    let bytes = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        stillAlive();
        hash.update(chunk);
        bytes += chunk.length;
        callback(null, chunk);
      },
    });
    try {
      await pipeline(
        Readable.fromWeb(response.body as WebReadableStream<Uint8Array>),
        counter,
        createWriteStream(target),
      );
    } catch (error) {
      throw new PinError(
        'download-incomplete',
        `The download of ${url} broke off after ${bytes} bytes (${describe(error)}).`,
        'Nothing was kept. Run it again; a network that keeps breaking off needs another connection or a proxy.',
        { cause: error },
      );
    }
    if (Number.isFinite(expectedBytes) && bytes !== expectedBytes) {
      throw new PinError(
        'download-incomplete',
        `The download of ${url} ended after ${bytes} of ${expectedBytes} bytes.`,
        'Nothing was kept. Run it again.',
      );
    }
    return { sha256: hash.digest('hex'), bytes };
  } finally {
    clearTimeout(idleTimer);
  }
}

/** The sha256 and size of a file, or undefined when there is no such file. */
export async function hashOfFile(file: string): Promise<{ sha256: string; bytes: number } | undefined> {
  const hash = createHash('sha256');
  let bytes = 0;
  try {
    for await (const chunk of createReadStream(file)) {
      hash.update(chunk as Buffer);
      bytes += (chunk as Buffer).length;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return { sha256: hash.digest('hex'), bytes };
}

function failed(url: string, why: string, cause?: unknown): PinError {
  return new PinError(
    'download-failed',
    `${url} could not be downloaded: ${why}.`,
    `Check the network (a proxy?) and that the URL still exists; a pin that moved needs updating (${PIN_README}).`,
    cause === undefined ? undefined : { cause },
  );
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `${error.message}${cause}`;
  }
  return String(error);
}
