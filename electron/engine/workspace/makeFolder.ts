import { promises as fs } from 'node:fs';
import path from 'node:path';
import { diskErrorWords, diskProblemOfErrno } from '../../../shared/diskErrors';
import { GuftaguError } from '../../../shared/errors';

/**
 * `mkdir -p` that tells the real reason it failed. Node's recursive mkdir reports a read-only disk as
 * ENOENT ("no such file or directory"); then the first missing folder is made alone to hear the true code.
 * A full, read-only or denied disk becomes that error with its hint.
 */
export async function makeFolder(folder: string): Promise<void> {
  try {
    await fs.mkdir(folder, { recursive: true });
  } catch (error) {
    const { code, path: failedPath } = error as NodeJS.ErrnoException;
    if (code !== 'ENOENT') throw folderError(path.dirname(failedPath ?? folder), error);
    const real = await realReason(folder);
    if (real === undefined) {
      await fs.mkdir(folder, { recursive: true });
      return;
    }
    throw folderError(real.parent, real.error);
  }
}

/** The error that making the first missing folder on the way gives, and the folder it was to go in. */
async function realReason(folder: string): Promise<{ parent: string; error: unknown } | undefined> {
  let child = path.resolve(folder);
  for (;;) {
    const parent = path.dirname(child);
    if (parent === child) return undefined;
    const parentExists = await fs.stat(parent).then(
      (stat) => stat.isDirectory(),
      () => false,
    );
    if (parentExists) {
      const error = await fs.mkdir(child).then(
        () => undefined,
        (reason: unknown) => reason,
      );
      const code = (error as NodeJS.ErrnoException | undefined)?.code;
      return error === undefined || code === 'EEXIST' ? undefined : { parent, error };
    }
    child = parent;
  }
}

/** A disk problem in `parent` (the folder where a new folder could not be made) as a typed error. */
function folderError(parent: string, error: unknown): unknown {
  const problem = diskProblemOfErrno((error as NodeJS.ErrnoException | undefined)?.code);
  if (problem === undefined) return error;
  const words = diskErrorWords(problem, {
    filePath: path.join(parent, 'new-folder'),
    what: `A folder could not be created in ${parent}`,
  });
  return new GuftaguError(words.code, words.message, words.hint, {
    cause: error,
    details: error instanceof Error ? error.message : String(error),
  });
}
