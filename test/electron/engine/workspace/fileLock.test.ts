import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskProblemOfErrno } from '../../../../shared/diskErrors';
import { GuftaguError } from '../../../../shared/errors';
import { realLockFs, withFileLock, type LockFs } from '../../../../electron/engine/workspace/fileLock';
import { errnoError, useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs('guftagu-lock-');

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  const pid = Number(child.stdout);
  expect(() => process.kill(pid, 0)).toThrow();
  return pid;
}

/** A lock as another holder leaves it: the folder with its one owner file. */
function placeLock(lock: string, owner: { pid: number; host: string }, token = 'other'): string {
  mkdirSync(lock);
  const file = path.join(lock, `owner-${token}.json`);
  writeFileSync(file, JSON.stringify({ token, ...owner, at: Date.now() }));
  return file;
}

async function rejection(promise: Promise<unknown>): Promise<GuftaguError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(GuftaguError);
  return error as GuftaguError;
}

describe('withFileLock', () => {
  it('runs holders of the same lock one after the other', async () => {
    const lock = path.join(tempDir(), 'session.json.lock');
    const events: string[] = [];
    const holder = (name: string) =>
      withFileLock(lock, async () => {
        events.push(`${name} start`);
        // Real asynchronous work while holding the lock: the others must not get in now.
        await new Promise((resolve) => setTimeout(resolve, 60));
        events.push(`${name} end`);
        return name;
      });
    await expect(Promise.all([holder('a'), holder('b'), holder('c')])).resolves.toEqual(['a', 'b', 'c']);
    expect(events).toHaveLength(6);
    for (let index = 0; index < events.length; index += 2) {
      const name = events[index]?.split(' ')[0];
      expect(events.slice(index, index + 2)).toEqual([`${name} start`, `${name} end`]);
    }
    expect(readdirSync(path.dirname(lock))).toEqual([]);
  });

  it('releases the lock when the work throws', async () => {
    const lock = path.join(tempDir(), 'x.lock');
    await expect(withFileLock(lock, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(existsSync(lock)).toBe(false);
    await expect(withFileLock(lock, async () => 'again')).resolves.toBe('again');
  });

  it('breaks a lock left by a process that died on this host', async () => {
    const lock = path.join(tempDir(), 'session.json.lock');
    placeLock(lock, { pid: deadPid(), host: os.hostname() });
    await expect(withFileLock(lock, async () => 'got it', 2_000)).resolves.toBe('got it');
    expect(existsSync(lock)).toBe(false);
  });

  it('breaks a lock whose heartbeat stopped longer ago than the bound, whoever holds it', async () => {
    const lock = path.join(tempDir(), 'session.json.lock');
    const owner = placeLock(lock, { pid: process.pid, host: 'another-host' });
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(owner, minuteAgo, minuteAgo);
    await expect(withFileLock(lock, async () => 'got it', 2_000)).resolves.toBe('got it');
  });

  it('keeps a lock alive by its heartbeat while the holder works longer than the bound', async () => {
    const lock = path.join(tempDir(), 'session.json.lock');
    const options = { staleAfterMs: 1_000, waitMs: 10_000 };
    const order: string[] = [];
    const slow = withFileLock(
      lock,
      async () => {
        order.push('slow start');
        await new Promise((resolve) => setTimeout(resolve, 2_500));
        order.push('slow end');
      },
      options,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = withFileLock(lock, async () => void order.push('second'), options);
    await Promise.all([slow, second]);
    expect(order).toEqual(['slow start', 'slow end', 'second']);
  });

  it("waits for a live holder and then says 'locked', leaving the holder's lock alone", async () => {
    const lock = path.join(tempDir(), 'session.json.lock');
    const owner = placeLock(lock, { pid: process.pid, host: os.hostname() });
    const error = await rejection(withFileLock(lock, async () => 'never', 100));
    expect(error.code).toBe('locked');
    expect(error.hint).not.toBe('');
    expect(existsSync(owner)).toBe(true);
    // No staging folder is left behind either.
    expect(readdirSync(path.dirname(lock))).toEqual(['session.json.lock']);
  });

  it('on release removes only its own lock, never one another holder took over meanwhile', async () => {
    const folder = tempDir();
    const lock = path.join(folder, 'session.json.lock');
    let otherOwner = '';
    let heldAtTheEnd = true;
    await withFileLock(lock, async (lease) => {
      // While this holder works, its lock is judged stale and broken, and another process takes the lock.
      for (const name of readdirSync(lock)) rmSync(path.join(lock, name));
      rmSync(lock, { recursive: true });
      otherOwner = placeLock(lock, { pid: process.pid, host: os.hostname() }, 'newcomer');
      heldAtTheEnd = await lease.assertHeld().then(
        () => true,
        () => false,
      );
    });
    expect(heldAtTheEnd).toBe(false);
    expect(existsSync(otherOwner)).toBe(true);
  });

  it('lease.assertHeld says locked, with a hint, once the lock is no longer ours', async () => {
    const lock = path.join(tempDir(), 'session.json.lock');
    const error = await rejection(
      withFileLock(lock, async (lease) => {
        await lease.assertHeld();
        rmSync(lock, { recursive: true });
        await lease.assertHeld();
      }),
    );
    expect(error.code).toBe('locked');
    expect(error.message).toContain('session.json');
  });

  it('breaks a lock file left by an older Guftagu when its owner died', async () => {
    const lock = path.join(tempDir(), 'session.json.lock');
    writeFileSync(lock, JSON.stringify({ pid: deadPid(), host: os.hostname(), at: Date.now() }));
    await expect(withFileLock(lock, async () => 'got it', 2_000)).resolves.toBe('got it');
    expect(existsSync(lock)).toBe(false);
  });

  it('breaks a lock file left by an older Guftagu when it is older than the bound', async () => {
    const lock = path.join(tempDir(), 'session.json.lock');
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: 'another-host', at: Date.now() - 60_000 }));
    await expect(withFileLock(lock, async () => 'got it', 2_000)).resolves.toBe('got it');
  });

  it('removes an empty lock folder (a release cut short) and takes the lock', async () => {
    const lock = path.join(tempDir(), 'session.json.lock');
    mkdirSync(lock);
    await expect(withFileLock(lock, async () => 'got it', 2_000)).resolves.toBe('got it');
  });

  // The errno-to-problem table itself is tested in test/shared/diskErrors.test.ts.
  it.each(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM'])(
    'reports %s while making the lock as the disk problem it is, naming the document',
    async (errno) => {
      const code = diskProblemOfErrno(errno);
      expect(code).toBeDefined();
      const folder = tempDir();
      const lock = path.join(folder, 'session.json.lock');
      for (const step of ['mkdir', 'writeFile'] as const) {
        const failing: LockFs = {
          ...realLockFs,
          [step]: async () => Promise.reject(errnoError(errno)),
        };
        const error = await rejection(withFileLock(lock, async () => 'never', { fs: failing }));
        expect(error.code).toBe(code);
        expect(error.message).toContain('session.json');
        expect(error.hint).not.toBe('');
        expect(readdirSync(folder)).toEqual([]);
      }
    },
  );

  it('reports a folder that is gone as not-found', async () => {
    const lock = path.join(tempDir(), 'gone', 'session.json.lock');
    const error = await rejection(withFileLock(lock, async () => 'never'));
    expect(error.code).toBe('not-found');
  });
});
