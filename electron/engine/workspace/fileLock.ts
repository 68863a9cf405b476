import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { engineError } from '../../../shared/errorTexts';
import { type GuftaguError } from '../../../shared/errors';
import { TEMP_PREFIX, writeError } from './atomicWrite';

/** The file-system calls the lock makes; tests swap them to simulate a full, read-only or denied disk. */
export interface LockFs {
  mkdir: (folder: string) => Promise<unknown>;
  writeFile: (file: string, data: string) => Promise<void>;
  rename: (from: string, to: string) => Promise<void>;
  readdir: (folder: string) => Promise<string[]>;
  readFile: (file: string) => Promise<string>;
  stat: (file: string) => Promise<{ mtimeMs: number }>;
  utimes: (file: string, at: Date, modified: Date) => Promise<void>;
  unlink: (file: string) => Promise<void>;
  rmdir: (folder: string) => Promise<void>;
}

/** The real file system, as the lock uses it (tests wrap it to inject one failure). */
export const realLockFs: LockFs = {
  mkdir: (folder) => fs.mkdir(folder),
  writeFile: (file, data) => fs.writeFile(file, data, { flag: 'wx' }),
  rename: fs.rename,
  readdir: (folder) => fs.readdir(folder),
  readFile: (file) => fs.readFile(file, 'utf8'),
  stat: fs.stat,
  utimes: fs.utimes,
  unlink: fs.unlink,
  rmdir: (folder) => fs.rmdir(folder),
};

export interface LockOptions {
  /** How long to wait for another holder before saying 'locked'. */
  waitMs?: number;
  /** A holder whose heartbeat is older than this is taken to be gone, wherever it runs. */
  staleAfterMs?: number;
  fs?: LockFs;
}

/** What the work under the lock can ask: is the lock still ours (checked right before a write)? */
export interface LockLease {
  assertHeld(): Promise<void>;
}

const DEFAULT_WAIT_MS = 15_000;
const DEFAULT_STALE_AFTER_MS = 30_000;
const WAIT_STEP_MS = 20;
const OWNER_PREFIX = 'owner-';

interface Owner {
  token: string;
  pid: number;
  host: string;
  at: number;
}

/**
 * A lock beside a document, held only for a read-modify-write, so two windows or processes never lose each
 * other's changes.
 *
 * The lock is a folder `<document>.lock` holding one file `owner-<token>.json` (pid, host, time). It is
 * made complete in a temp folder and renamed into place, so it never exists without its owner, and the
 * rename fails while another holder's lock is there. Each holder removes only its own owner file, then the
 * folder if it is empty; a folder that is not empty cannot be removed, so nobody ever removes a lock that
 * someone else has just taken. A lock is broken only when its owner process is gone (same host, pid not
 * running) or its heartbeat (the owner file's time, renewed while held) is older than `staleAfterMs`; the
 * breaker removes that one owner's file, never whatever lock exists by then.
 */
export async function withFileLock<T>(
  lockPath: string,
  work: (lease: LockLease) => Promise<T>,
  waitMsOrOptions: number | LockOptions = {},
): Promise<T> {
  const options = typeof waitMsOrOptions === 'number' ? { waitMs: waitMsOrOptions } : waitMsOrOptions;
  const lockFs = options.fs ?? realLockFs;
  const staleAfterMs = options.staleAfterMs ?? DEFAULT_STALE_AFTER_MS;
  const owner: Owner = {
    token: randomBytes(8).toString('hex'),
    pid: process.pid,
    host: os.hostname(),
    at: Date.now(),
  };
  const ownerName = `${OWNER_PREFIX}${owner.token}.json`;
  const ownerFile = path.join(lockPath, ownerName);
  await acquire(lockPath, owner, ownerName, options.waitMs ?? DEFAULT_WAIT_MS, staleAfterMs, lockFs);
  const heartbeat = setInterval(
    () => {
      const now = new Date();
      lockFs.utimes(ownerFile, now, now).catch(() => undefined);
    },
    Math.max(50, Math.floor(staleAfterMs / 4)),
  );
  heartbeat.unref();
  const lease: LockLease = {
    assertHeld: async () => {
      const held = await lockFs.stat(ownerFile).then(
        () => true,
        () => false,
      );
      if (!held) throw engineError('lock-taken-over', { document: documentName(lockPath) });
    },
  };
  try {
    return await work(lease);
  } finally {
    clearInterval(heartbeat);
    await release(lockPath, ownerFile, lockFs);
  }
}

async function acquire(
  lockPath: string,
  owner: Owner,
  ownerName: string,
  waitMs: number,
  staleAfterMs: number,
  lockFs: LockFs,
): Promise<void> {
  const staging = path.join(
    path.dirname(lockPath),
    `${TEMP_PREFIX}${path.basename(lockPath)}.${owner.token}`,
  );
  try {
    await lockFs.mkdir(staging);
    await lockFs.writeFile(path.join(staging, ownerName), JSON.stringify(owner));
  } catch (error) {
    await removeFolder(staging, ownerName, lockFs);
    throw lockWriteError(lockPath, error);
  }
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      await lockFs.rename(staging, lockPath);
      return;
    } catch (error) {
      if (!(await isTaken(lockPath, error, lockFs))) {
        await removeFolder(staging, ownerName, lockFs);
        throw lockWriteError(lockPath, error);
      }
    }
    const broke = await breakIfStale(lockPath, staleAfterMs, lockFs);
    if (Date.now() > deadline) {
      await removeFolder(staging, ownerName, lockFs);
      throw engineError('session-busy');
    }
    if (!broke)
      await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS + Math.random() * WAIT_STEP_MS));
  }
}

/** True when the rename failed only because a lock is there (POSIX: not empty; Windows: exists). */
async function isTaken(lockPath: string, error: unknown, lockFs: LockFs): Promise<boolean> {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'ENOTDIR' || code === 'EISDIR') return true;
  if (code === 'EPERM' || code === 'EACCES' || code === 'EBUSY')
    return lockFs.stat(lockPath).then(
      () => true,
      () => false,
    );
  return false;
}

/**
 * Removes the lock if its owner is gone; true when it did (or found nothing to remove). Only the owner
 * file that was judged stale is removed, and the folder only if it is then empty.
 */
async function breakIfStale(lockPath: string, staleAfterMs: number, lockFs: LockFs): Promise<boolean> {
  let entries: string[];
  try {
    entries = await lockFs.readdir(lockPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return true;
    if (code === 'ENOTDIR') return breakLegacyLock(lockPath, staleAfterMs, lockFs);
    return false;
  }
  const owners = entries.filter((name) => name.startsWith(OWNER_PREFIX));
  if (owners.length > 0) {
    let broke = false;
    for (const name of owners) {
      const file = path.join(lockPath, name);
      if (!(await isStaleOwner(file, staleAfterMs, lockFs))) continue;
      await lockFs.unlink(file).catch(() => undefined);
      broke = true;
    }
    if (!broke) return false;
  }
  // An empty lock folder is never held (a holder's folder arrives with its owner file inside).
  await lockFs.rmdir(lockPath).catch(() => undefined);
  return true;
}

async function isStaleOwner(file: string, staleAfterMs: number, lockFs: LockFs): Promise<boolean> {
  const stat = await lockFs.stat(file).catch(() => undefined);
  if (stat === undefined) return false; // Released just now: the next try will tell.
  if (Date.now() - stat.mtimeMs > staleAfterMs) return true;
  const owner = await lockFs
    .readFile(file)
    .then((text) => JSON.parse(text) as Partial<Owner>)
    .catch(() => undefined);
  return owner?.host === os.hostname() && typeof owner.pid === 'number' && !isAlive(owner.pid);
}

/** A lock file from an older Guftagu (a plain file): stale when its owner died or it is old. */
async function breakLegacyLock(lockPath: string, staleAfterMs: number, lockFs: LockFs): Promise<boolean> {
  const owner = await lockFs
    .readFile(lockPath)
    .then((text) => JSON.parse(text) as Partial<Owner>)
    .catch(() => undefined);
  const old = typeof owner?.at === 'number' && Date.now() - owner.at > staleAfterMs;
  if (!old && !(await isStaleOwner(lockPath, staleAfterMs, lockFs))) return false;
  await lockFs.unlink(lockPath).catch(() => undefined);
  return true;
}

async function release(lockPath: string, ownerFile: string, lockFs: LockFs): Promise<void> {
  await lockFs.unlink(ownerFile).catch(() => undefined);
  // Fails (harmlessly) when another holder already renamed its lock over the empty folder.
  await lockFs.rmdir(lockPath).catch(() => undefined);
}

async function removeFolder(folder: string, ownerName: string, lockFs: LockFs): Promise<void> {
  await lockFs.unlink(path.join(folder, ownerName)).catch(() => undefined);
  await lockFs.rmdir(folder).catch(() => undefined);
}

function lockWriteError(lockPath: string, error: unknown): GuftaguError {
  if ((error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT')
    return engineError(
      'document-folder-gone',
      { document: documentName(lockPath), path: path.dirname(lockPath) },
      { cause: error },
    );
  return writeError(lockPath.replace(/\.lock$/, ''), error);
}

const documentName = (lockPath: string) => path.basename(lockPath).replace(/\.lock$/, '');

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
