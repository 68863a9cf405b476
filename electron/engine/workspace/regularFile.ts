import { constants, promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import { engineError } from '../../../shared/errorTexts';
import { type GuftaguError } from '../../../shared/errors';

/**
 * Only regular files are read. A FIFO would block the reader (and, in the server, a file-I/O thread)
 * until something writes to it; a device such as /dev/zero has size 0 but never ends. So the kind is
 * checked before anything is read, the open itself cannot block (O_NONBLOCK), the opened descriptor is
 * checked again, and size caps count the bytes actually read rather than trusting `stat.size`.
 */
export type FileKind = 'file' | 'folder' | 'pipe (FIFO)' | 'device' | 'socket' | 'special file';

export function fileKind(stat: Stats): FileKind {
  if (stat.isFile()) return 'file';
  if (stat.isDirectory()) return 'folder';
  if (stat.isFIFO()) return 'pipe (FIFO)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  if (stat.isSocket()) return 'socket';
  return 'special file';
}

export function notRegularFileError(filePath: string, kind: FileKind, what = 'file'): GuftaguError {
  const name = path.basename(filePath) || filePath;
  return kind === 'folder'
    ? engineError('folder-not-file', { name, what })
    : engineError('not-regular-file', { name, kind, what });
}

/** Stats a path (following links) and refuses anything but a regular file, at once. */
export async function statRegularFile(filePath: string, what = 'file'): Promise<Stats> {
  const stat = await fs.stat(filePath);
  const kind = fileKind(stat);
  if (kind !== 'file') throw notRegularFileError(filePath, kind, what);
  return stat;
}

export interface ReadRegularFileOptions {
  /** At most this many bytes are read; one more and `tooBig` is thrown. */
  maxBytes: number;
  tooBig: (readBytes: number) => Error;
  /** What the file should be, for messages ("subtitle file", "media file"). */
  what?: string;
}

/** Opening a FIFO for reading waits for a writer unless O_NONBLOCK is set (it does not exist on Windows). */
export const NON_BLOCKING_READ = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a regular file of at most `maxBytes`. Errors from the file system (ENOENT, EACCES, …) are passed
 * on for the caller to word; a folder, FIFO, device or socket is refused with a GuftaguError at once.
 */
export async function readRegularFile(filePath: string, options: ReadRegularFileOptions): Promise<Buffer> {
  await statRegularFile(filePath, options.what);
  const handle = await fs.open(filePath, NON_BLOCKING_READ);
  try {
    const kind = fileKind(await handle.stat());
    if (kind !== 'file') throw notRegularFileError(filePath, kind, options.what);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.alloc(Math.min(1024 * 1024, options.maxBytes + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > options.maxBytes) throw options.tooBig(total);
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks);
  } finally {
    await handle.close();
  }
}
