import { randomBytes } from 'node:crypto';
import { createWriteStream, promises as fs } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { engineError } from '../../shared/errorTexts';
import { truncateFileNameBytes } from '../../shared/files/truncateBytes';
import { declaredLength, tooLarge } from './body';
import { RequestRefused } from './refusal';

/** Most file systems allow 255 bytes a name; leave room for the suffixes the engine adds. */
export const MAX_UPLOAD_NAME_BYTES = 200;
/** Footage is large, but not this large; `GUFTAGU_MAX_UPLOAD_MB` changes it. */
export const DEFAULT_UPLOAD_LIMIT_BYTES = 32 * 1024 * 1024 * 1024;
/** Space the disk keeps after an upload, so the import's WAV, peaks and proxy still fit. */
export const UPLOAD_FREE_SPACE_RESERVE_BYTES = 512 * 1024 * 1024;

export interface UploadLimits {
  maxBytes: number;
  reserveBytes: number;
}

/** Keeps a file name's letters (Urdu included) but nothing that could leave its folder; cut by bytes. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .map((character) => (character.charCodeAt(0) < 32 || '<>:"|?*'.includes(character) ? '_' : character))
    .join('')
    .replace(/^\.+/, '')
    .trim();
  const cut = truncateFileNameBytes(cleaned, MAX_UPLOAD_NAME_BYTES);
  return cut === '' ? 'upload' : cut;
}

export async function freeBytes(folder: string): Promise<number | undefined> {
  try {
    const stats = await fs.statfs(folder);
    return stats.bavail * stats.bsize;
  } catch {
    return undefined;
  }
}

/** Refuses an upload that is over the limit or would fill the disk, before a byte is written. */
export async function checkUploadFits(
  request: IncomingMessage,
  uploadsPath: string,
  limits: UploadLimits,
): Promise<void> {
  const declared = declaredLength(request);
  if (declared !== undefined && declared > limits.maxBytes) throw tooLarge('The file', limits.maxBytes);
  await fs.mkdir(uploadsPath, { recursive: true });
  const free = await freeBytes(uploadsPath);
  if (declared !== undefined && free !== undefined && declared + limits.reserveBytes > free) {
    throw new RequestRefused(
      507,
      'disk-full',
      `There is not enough free space for this file (${Math.ceil(declared / 1024 ** 2)} MiB; ${Math.floor(free / 1024 ** 2)} MiB free).`,
      'Free some space on the disk that holds the workspace, then upload it again.',
    );
  }
}

/** Counts bytes as they pass and fails the stream once there are more than `maxBytes`. */
function byteCap(maxBytes: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      if (seen > maxBytes) callback(tooLarge('The file', maxBytes));
      else callback(null, chunk);
    },
  });
}

/**
 * Browser mode cannot pass file paths, so the page uploads the file. It is written under a temp name in
 * its own folder and renamed when complete; an interrupted or refused upload leaves nothing behind.
 */
export async function receiveUpload(
  request: IncomingMessage,
  uploadsPath: string,
  name: string,
  limits: UploadLimits = {
    maxBytes: DEFAULT_UPLOAD_LIMIT_BYTES,
    reserveBytes: UPLOAD_FREE_SPACE_RESERVE_BYTES,
  },
  /** Checks the bytes as they arrive (a model upload's header): failing it stops the upload early. */
  inspect?: () => Transform,
): Promise<string> {
  await checkUploadFits(request, uploadsPath, limits);
  const folder = path.join(uploadsPath, `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`);
  await fs.mkdir(folder, { recursive: true });
  const finalPath = path.join(folder, safeFileName(name));
  const tempPath = path.join(folder, '.uploading');
  try {
    const write = createWriteStream(tempPath, { flags: 'wx' });
    if (inspect) await pipeline(request, byteCap(limits.maxBytes), inspect(), write);
    else await pipeline(request, byteCap(limits.maxBytes), write);
    await fs.rename(tempPath, finalPath);
    return finalPath;
  } catch (error) {
    await fs.rm(folder, { recursive: true, force: true });
    if (error instanceof RequestRefused) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC') {
      throw new RequestRefused(
        507,
        'disk-full',
        `The disk filled up while ${name} was uploading.`,
        'Free some space on the disk that holds the workspace, then upload it again.',
      );
    }
    throw engineError('upload-unfinished', { name }, { cause: error });
  }
}
