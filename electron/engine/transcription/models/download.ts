import { engineError } from '../../../../shared/errorTexts';
import { createHash, type Hash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { formatBytes } from '../../../../shared/format/duration';
import { contentLength, corrupted, httpError, parseContentRange, streamError } from './downloadHttp';
import {
  modelBaseUrl,
  modelChecksum,
  modelDownloadUrl,
  type WhisperModelEntry,
} from '../../../../shared/model/whisperModels';
import { syncFolder, writeError } from '../../workspace/atomicWrite';

export const PARTIAL_SUFFIX = '.partial';

/** What the downloader needs to know about a model; catalogue entries fit, tests pass their own. */
export type DownloadableModel = Pick<WhisperModelEntry, 'id' | 'fileName' | 'sha1' | 'sha256'> & {
  bytes?: number;
};

export interface DownloadOptions {
  /** Defaults to GUFTAGU_MODEL_BASE_URL or Hugging Face. */
  baseUrl?: string;
  signal?: AbortSignal;
  onProgress?: (receivedBytes: number, totalBytes: number | undefined) => void;
}

export interface DownloadResult {
  path: string;
  sizeBytes: number;
  /** How the file was checked: by checksum, or by size only ("not verified"). */
  verification: 'sha256' | 'sha1' | 'size';
  /** Bytes that were already there from an earlier, interrupted download. */
  resumedFromBytes: number;
}

export function partialPathFor(folder: string, fileName: string): string {
  return path.join(folder, `${fileName}${PARTIAL_SUFFIX}`);
}

/**
 * Downloads a model into `folder`: streams to `<file>.partial`, resumes an earlier partial with a Range
 * request, verifies size and checksum, then fsyncs and renames it to its final name. A checksum mismatch
 * deletes the partial; a network error or a cancel keeps it for the next attempt.
 */
export async function downloadModel(
  entry: DownloadableModel,
  folder: string,
  options: DownloadOptions = {},
): Promise<DownloadResult> {
  const url = modelDownloadUrl(entry, options.baseUrl ?? modelBaseUrl(process.env));
  const partialPath = partialPathFor(folder, entry.fileName);
  await fs.mkdir(folder, { recursive: true }).catch((error: unknown) => {
    throw writeError(partialPath, error);
  });
  for (let attempt = 0; ; attempt += 1) {
    let have = await sizeOf(partialPath);
    if (entry.bytes !== undefined && have > entry.bytes) {
      await fs.rm(partialPath, { force: true });
      have = 0;
    }
    const response = await request(url, have, entry, options.signal);
    if (response.status === 416 && have > 0) {
      // Our partial already holds the whole file (or is longer than it): check what we have.
      await response.body?.cancel().catch(() => undefined);
      const hash = await hashFile(partialPath, entry, options.signal);
      options.onProgress?.(have, entry.bytes ?? have);
      if (attempt === 0 && !matches(entry, have, hash)) {
        await fs.rm(partialPath, { force: true });
        continue;
      }
      return finish(entry, folder, partialPath, have, hash, have);
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw httpError(entry, response.status);
    }
    const range =
      response.status === 206 ? parseContentRange(response.headers.get('content-range')) : undefined;
    const resumeFrom = range && range.start === have ? have : 0;
    if (response.status === 206 && resumeFrom === 0 && range?.start !== 0) {
      await response.body?.cancel().catch(() => undefined);
      throw engineError('download-wrong-range', { name: entry.fileName });
    }
    const totalBytes = entry.bytes ?? range?.total ?? contentLength(response, resumeFrom);
    const hash = resumeFrom > 0 ? await hashFile(partialPath, entry, options.signal) : newHash(entry);
    const received = await receive(response, partialPath, resumeFrom, totalBytes, hash, entry, options);
    return finish(entry, folder, partialPath, received, hash, resumeFrom);
  }
}

async function request(
  url: string,
  have: number,
  entry: DownloadableModel,
  signal: AbortSignal | undefined,
): Promise<Response> {
  const headers: Record<string, string> = { 'accept-encoding': 'identity' };
  if (have > 0) headers['range'] = `bytes=${have}-`;
  try {
    return await fetch(url, { headers, ...(signal ? { signal } : {}) });
  } catch (error) {
    throw streamError(entry, have, error, signal);
  }
}

async function receive(
  response: Response,
  partialPath: string,
  resumeFrom: number,
  totalBytes: number | undefined,
  hash: Hash | undefined,
  entry: DownloadableModel,
  options: DownloadOptions,
): Promise<number> {
  let received = resumeFrom;
  const handle = await fs.open(partialPath, resumeFrom > 0 ? 'a' : 'w').catch((error: unknown) => {
    throw writeError(partialPath, error);
  });
  try {
    options.onProgress?.(received, totalBytes);
    const body = response.body;
    if (!body) throw engineError('download-no-data', { name: entry.fileName });
    const reader = body.getReader();
    for (;;) {
      let chunk: Awaited<ReturnType<typeof reader.read>>;
      try {
        chunk = await reader.read();
      } catch (error) {
        throw streamError(entry, received, error, options.signal);
      }
      if (chunk.done) break;
      if (totalBytes !== undefined && received + chunk.value.length > totalBytes) {
        await reader.cancel().catch(() => undefined);
        await handle.close().catch(() => undefined);
        await fs.rm(partialPath, { force: true });
        throw corrupted(entry, `the server sent more than the expected ${formatBytes(totalBytes)}`);
      }
      await handle.write(chunk.value).catch((error: unknown) => {
        throw writeError(partialPath, error);
      });
      hash?.update(chunk.value);
      received += chunk.value.length;
      options.onProgress?.(received, totalBytes);
    }
    if (totalBytes !== undefined && received < totalBytes) {
      throw streamError(
        entry,
        received,
        new Error(`the connection closed after ${formatBytes(received)} of ${formatBytes(totalBytes)}`),
        options.signal,
      );
    }
    return received;
  } finally {
    // Whatever arrived is kept on disk, so a later attempt can resume from it.
    await handle.sync().catch(() => undefined);
    await handle.close().catch(() => undefined);
  }
}

async function finish(
  entry: DownloadableModel,
  folder: string,
  partialPath: string,
  sizeBytes: number,
  hash: Hash | undefined,
  resumedFromBytes: number,
): Promise<DownloadResult> {
  const checksum = modelChecksum(entry);
  const digest = hash?.digest('hex');
  if (!matches(entry, sizeBytes, digest)) {
    await fs.rm(partialPath, { force: true });
    const problem =
      entry.bytes !== undefined && sizeBytes !== entry.bytes
        ? `it is ${sizeBytes} bytes instead of ${entry.bytes}`
        : `its ${checksum?.algorithm ?? 'checksum'} does not match`;
    throw corrupted(entry, problem);
  }
  const finalPath = path.join(folder, entry.fileName);
  await fs.rename(partialPath, finalPath).catch((error: unknown) => {
    throw writeError(finalPath, error);
  });
  await syncFolder(folder);
  return { path: finalPath, sizeBytes, verification: checksum?.algorithm ?? 'size', resumedFromBytes };
}

function matches(entry: DownloadableModel, sizeBytes: number, digest: Hash | string | undefined): boolean {
  if (entry.bytes !== undefined && sizeBytes !== entry.bytes) return false;
  const checksum = modelChecksum(entry);
  if (!checksum) return true;
  const actual = typeof digest === 'string' ? digest : digest?.copy().digest('hex');
  return actual === checksum.hex;
}

function newHash(entry: DownloadableModel): Hash | undefined {
  const checksum = modelChecksum(entry);
  return checksum ? createHash(checksum.algorithm) : undefined;
}

/** Hashes what is already on disk, so a resumed download is verified end to end. */
async function hashFile(
  filePath: string,
  entry: DownloadableModel,
  signal: AbortSignal | undefined,
): Promise<Hash | undefined> {
  const hash = newHash(entry);
  if (!hash) return undefined;
  try {
    for await (const chunk of createReadStream(filePath, signal ? { signal } : {}))
      hash.update(chunk as Buffer);
  } catch (error) {
    throw streamError(entry, 0, error, signal);
  }
  return hash;
}

async function sizeOf(filePath: string): Promise<number> {
  const stat = await fs.stat(filePath).catch(() => undefined);
  return stat?.isFile() ? stat.size : 0;
}
