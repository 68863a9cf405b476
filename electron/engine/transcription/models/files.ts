import { engineError } from '../../../../shared/errorTexts';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import { syncFolder, TEMP_PREFIX, writeError, writeFileAtomic } from '../../workspace/atomicWrite';

/** Remembers which files passed a checksum, so listing never re-hashes gigabytes. */
export const MANIFEST_NAME = 'guftagu-models.json';

const manifestSchema = z.object({
  version: z.literal(1),
  files: z.record(
    z.string(),
    z.object({
      sizeBytes: z.number().int().nonnegative(),
      mtimeMs: z.number(),
      algorithm: z.enum(['sha256', 'sha1']),
      checkedAt: z.string(),
    }),
  ),
});
export type ModelManifest = z.infer<typeof manifestSchema>;

export async function readManifest(folder: string): Promise<ModelManifest> {
  const text = await fs.readFile(path.join(folder, MANIFEST_NAME), 'utf8').catch(() => undefined);
  if (text === undefined) return { version: 1, files: {} };
  try {
    return manifestSchema.parse(JSON.parse(text));
  } catch {
    // A damaged manifest only costs a "not verified" label until the next check; start a fresh one.
    return { version: 1, files: {} };
  }
}

/** Records (or with `algorithm` undefined, forgets) the checksum state of one file. */
export async function recordChecksum(
  folder: string,
  fileName: string,
  algorithm: 'sha256' | 'sha1' | undefined,
): Promise<void> {
  const manifest = await readManifest(folder);
  const stat = await fs.stat(path.join(folder, fileName)).catch(() => undefined);
  if (algorithm && stat) {
    manifest.files[fileName] = {
      sizeBytes: stat.size,
      mtimeMs: stat.mtimeMs,
      algorithm,
      checkedAt: new Date().toISOString(),
    };
  } else {
    delete manifest.files[fileName];
  }
  await writeFileAtomic(path.join(folder, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
}

export interface Digests {
  sha256: string;
  sha1: string;
  sizeBytes: number;
}

/** sha256 and sha1 of a file in one pass. */
export async function digestFile(filePath: string, signal?: AbortSignal): Promise<Digests> {
  const sha256 = createHash('sha256');
  const sha1 = createHash('sha1');
  let sizeBytes = 0;
  for await (const chunk of createReadStream(filePath, signal ? { signal } : {})) {
    const bytes = chunk as Buffer;
    sha256.update(bytes);
    sha1.update(bytes);
    sizeBytes += bytes.length;
  }
  return { sha256: sha256.digest('hex'), sha1: sha1.digest('hex'), sizeBytes };
}

/** Where a file on its way to `folder/targetName` is written first (a name only this process uses). */
const tempPathFor = (folder: string, targetName: string): string =>
  path.join(folder, `${TEMP_PREFIX}${targetName}.${process.pid}.${randomBytes(4).toString('hex')}`);

/**
 * Copies a file into `folder` under a temp name, hashing it on the way, and fsyncs it. `accept` sees the
 * digests before anything is renamed; returning false (or throwing) deletes the temp file. Then the temp
 * file is renamed to `targetName`, so readers never see half a model.
 */
export async function copyIntoFolder(
  sourcePath: string,
  folder: string,
  targetName: string,
  accept: (digests: Digests) => void,
  signal?: AbortSignal,
): Promise<string> {
  const targetPath = path.join(folder, targetName);
  const tempPath = tempPathFor(folder, targetName);
  const sha256 = createHash('sha256');
  const sha1 = createHash('sha1');
  let sizeBytes = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      sha256.update(chunk);
      sha1.update(chunk);
      sizeBytes += chunk.length;
      callback(null, chunk);
    },
  });
  try {
    await fs.mkdir(folder, { recursive: true });
    await pipeline(
      createReadStream(sourcePath),
      tap,
      createWriteStream(tempPath, { flags: 'wx', mode: 0o644 }),
      signal ? { signal } : {},
    );
    const handle = await fs.open(tempPath, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    accept({ sha256: sha256.digest('hex'), sha1: sha1.digest('hex'), sizeBytes });
    await fs.rename(tempPath, targetPath);
  } catch (error) {
    await fs.rm(tempPath, { force: true }).catch(() => undefined);
    if (signal?.aborted) {
      throw engineError('model-copy-canceled', { name: targetName });
    }
    throw writeError(targetPath, error);
  }
  await syncFolder(folder);
  return targetPath;
}

/**
 * Moves a file the caller gives away (an upload's temp file) into `folder` as `targetName` without writing it a
 * second time: renamed in under a temp name, hashed in one read, checked by `accept`, fsynced, then renamed to
 * `targetName`. Across file systems (EXDEV) it is copied instead (copyIntoFolder) and the source removed. On a
 * failure or cancel nothing is left in `folder`; the source may be gone (it was given away), and what is left of
 * it is the caller's to remove.
 */
export async function moveIntoFolder(
  sourcePath: string,
  folder: string,
  targetName: string,
  accept: (digests: Digests) => void,
  signal?: AbortSignal,
): Promise<string> {
  const targetPath = path.join(folder, targetName);
  const tempPath = tempPathFor(folder, targetName);
  try {
    if (signal?.aborted) throw signal.reason;
    await fs.mkdir(folder, { recursive: true });
    const moved = await fs.rename(sourcePath, tempPath).then(
      () => true,
      (error: unknown) => {
        if ((error as NodeJS.ErrnoException).code === 'EXDEV') return false;
        throw error;
      },
    );
    if (!moved) {
      const copied = await copyIntoFolder(sourcePath, folder, targetName, accept, signal);
      await fs.rm(sourcePath, { force: true });
      return copied;
    }
    accept(await digestFile(tempPath, signal));
    await fs.chmod(tempPath, 0o644);
    const handle = await fs.open(tempPath, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (signal?.aborted) throw signal.reason;
    await fs.rename(tempPath, targetPath);
  } catch (error) {
    await fs.rm(tempPath, { force: true }).catch(() => undefined);
    if (signal?.aborted) {
      throw engineError('model-copy-canceled', { name: targetName });
    }
    throw writeError(targetPath, error);
  }
  await syncFolder(folder);
  return targetPath;
}
