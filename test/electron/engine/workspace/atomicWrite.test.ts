import { promises as fs, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GuftaguError } from '../../../../shared/errors';
import {
  removeStaleTempFiles,
  TEMP_PREFIX,
  writeError,
  writeFileAtomic,
  type WriteFs,
} from '../../../../electron/engine/workspace/atomicWrite';
import { errnoError, useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs('guftagu-atomic-');

async function rejection(promise: Promise<unknown>): Promise<GuftaguError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof GuftaguError)) throw new Error(`expected a GuftaguError, got ${String(error)}`);
  return error;
}

/** Real fs, except that writing the temp file fails halfway (some bytes land first, as on a full disk). */
const fullDisk: WriteFs = {
  open: async (file, flags, mode) => {
    const handle = await fs.open(file, flags, mode);
    const realWrite = handle.writeFile.bind(handle);
    handle.writeFile = async () => {
      await realWrite('{"partial":');
      throw errnoError('ENOSPC', 'no space left on device');
    };
    return handle;
  },
  rename: fs.rename,
  rm: fs.rm,
};

const failingRename = (code: string): WriteFs => ({
  open: fs.open,
  rename: async () => {
    throw errnoError(code);
  },
  rm: fs.rm,
});

describe('writeFileAtomic', () => {
  it('writes new files and replaces old ones, leaving no temp file', async () => {
    const folder = tempDir();
    const file = path.join(folder, 'session.json');
    await writeFileAtomic(file, '{"v":1}');
    expect(readFileSync(file, 'utf8')).toBe('{"v":1}');
    await writeFileAtomic(file, new Uint8Array([0x7b, 0x7d]));
    expect(readFileSync(file, 'utf8')).toBe('{}');
    expect(readdirSync(folder)).toEqual(['session.json']);
  });

  it("reports a full disk as 'disk-full', keeps the old file and removes the temp file", async () => {
    const folder = tempDir();
    const file = path.join(folder, 'session.json');
    writeFileSync(file, '{"old":true}');
    const error = await rejection(writeFileAtomic(file, '{"new":true}', fullDisk));
    expect(error.code).toBe('disk-full');
    expect(error.message).toContain('session.json');
    expect(error.hint).not.toBe('');
    expect(readFileSync(file, 'utf8')).toBe('{"old":true}');
    expect(readdirSync(folder)).toEqual(['session.json']);
  });

  it.each([
    ['EROFS', 'read-only'],
    ['EACCES', 'permission-denied'],
    ['EPERM', 'permission-denied'],
  ])("reports %s on rename as '%s', old file intact", async (errno, code) => {
    const folder = tempDir();
    const file = path.join(folder, 'settings.json');
    writeFileSync(file, 'before');
    const error = await rejection(writeFileAtomic(file, 'after', failingRename(errno)));
    expect(error.code).toBe(code);
    expect(error.hint).toContain(folder);
    expect(readFileSync(file, 'utf8')).toBe('before');
    expect(readdirSync(folder)).toEqual(['settings.json']);
  });

  it("reports a missing folder as 'write-failed'", async () => {
    const error = await rejection(writeFileAtomic(path.join(tempDir(), 'gone', 'x.json'), '{}'));
    expect(error.code).toBe('write-failed');
    expect(error.message).toContain('x.json');
  });
});

describe('writeError', () => {
  it('maps errno codes and passes GuftaguErrors through', () => {
    expect(writeError('/a/b.json', errnoError('EDQUOT')).code).toBe('disk-full');
    expect(writeError('/a/b.json', errnoError('EIO')).code).toBe('write-failed');
    const original = new GuftaguError('locked', 'm', 'h');
    expect(writeError('/a/b.json', original)).toBe(original);
  });
});

describe('removeStaleTempFiles', () => {
  it('removes only temp files older than the limit', async () => {
    const folder = tempDir();
    const old = path.join(folder, `${TEMP_PREFIX}session.json.123.abcd`);
    const fresh = path.join(folder, `${TEMP_PREFIX}session.json.456.ef01`);
    const real = path.join(folder, 'session.json');
    for (const file of [old, fresh, real]) writeFileSync(file, 'x');
    const twoMinutesAgo = new Date(Date.now() - 120_000);
    utimesSync(old, twoMinutesAgo, twoMinutesAgo);
    utimesSync(real, twoMinutesAgo, twoMinutesAgo);
    await removeStaleTempFiles(folder);
    expect(readdirSync(folder).sort()).toEqual([path.basename(fresh), 'session.json'].sort());
  });

  it('does nothing for a missing folder', async () => {
    await expect(removeStaleTempFiles(path.join(tempDir(), 'missing'))).resolves.toBeUndefined();
  });
});
