import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { diskErrorWords, diskProblemOfErrno } from '../../../shared/diskErrors';
import { engineError } from '../../../shared/errorTexts';
import { GuftaguError } from '../../../shared/errors';

/** The subset of fs/promises that atomic writes use; tests swap it to simulate a full or read-only disk. */
export interface WriteFs {
  open: typeof fs.open;
  rename: typeof fs.rename;
  rm: typeof fs.rm;
}

const realFs: WriteFs = { open: fs.open, rename: fs.rename, rm: fs.rm };

export const TEMP_PREFIX = '.tmp-';

/**
 * Writes a file so that readers see either the old content or the new, never a mix or an empty file:
 * temp file in the same folder, fsync, rename over the target, fsync the folder.
 */
export async function writeFileAtomic(
  filePath: string,
  data: string | Uint8Array,
  writeFs: WriteFs = realFs,
): Promise<void> {
  const folder = path.dirname(filePath);
  const tempPath = path.join(
    folder,
    `${TEMP_PREFIX}${path.basename(filePath)}.${process.pid}.${randomBytes(4).toString('hex')}`,
  );
  try {
    const handle = await writeFs.open(tempPath, 'wx', 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await writeFs.rename(tempPath, filePath);
  } catch (error) {
    await writeFs.rm(tempPath, { force: true }).catch(() => undefined);
    throw writeError(filePath, error);
  }
  await syncFolder(folder);
}

/** Makes a rename in `folder` durable (POSIX); a no-op where folders cannot be fsynced. */
export async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems refuse to fsync a folder; the rename is still atomic.
  }
}

export function writeError(filePath: string, error: unknown): GuftaguError {
  if (error instanceof GuftaguError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const name = path.basename(filePath);
  const problem = diskProblemOfErrno(code);
  if (problem !== undefined) {
    const words = diskErrorWords(problem, {
      filePath,
      what: `${name} could not be saved`,
      keptNote: 'The last saved copy is intact.',
    });
    return new GuftaguError(words.code, words.message, words.hint, {
      cause: error,
      details: error instanceof Error ? error.message : String(error),
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return engineError('save-failed', { name, reason: message }, { cause: error });
}

/**
 * Removes temp files (and lock staging folders) left by a writer that died mid-save; only those older than a
 * minute, so live writers are safe.
 */
export async function removeStaleTempFiles(folder: string, olderThanMs = 60_000): Promise<void> {
  const entries = await fs.readdir(folder).catch(() => [] as string[]);
  const now = Date.now();
  for (const entry of entries) {
    if (!entry.startsWith(TEMP_PREFIX)) continue;
    const entryPath = path.join(folder, entry);
    const stat = await fs.stat(entryPath).catch(() => undefined);
    if (stat && now - stat.mtimeMs > olderThanMs)
      await fs.rm(entryPath, { force: true, recursive: true }).catch(() => undefined);
  }
}
