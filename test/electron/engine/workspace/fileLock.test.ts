import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GuftaguError } from '../../../../shared/errors';
import { withFileLock } from '../../../../electron/engine/workspace/fileLock';
import { useTempDirs } from '../../../support/tempDir';

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
    expect(existsSync(lock)).toBe(false);
  });

  it('releases the lock when the work throws', async () => {
    const lock = path.join(tempDir(), 'x.lock');
    await expect(withFileLock(lock, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(existsSync(lock)).toBe(false);
    await expect(withFileLock(lock, async () => 'again')).resolves.toBe('again');
  });

  it('breaks a lock left by a process that died on this host', async () => {
    const lock = path.join(tempDir(), 'session.json.lock');
    writeFileSync(lock, JSON.stringify({ pid: deadPid(), host: os.hostname(), at: Date.now() }));
    await expect(withFileLock(lock, async () => 'got it', 2_000)).resolves.toBe('got it');
    expect(existsSync(lock)).toBe(false);
  });

  it('breaks a lock that is older than half a minute, whoever holds it', async () => {
    const lock = path.join(tempDir(), 'session.json.lock');
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: 'another-host', at: Date.now() - 60_000 }));
    await expect(withFileLock(lock, async () => 'got it', 2_000)).resolves.toBe('got it');
  });

  it("waits for a live holder and then says 'locked'", async () => {
    const lock = path.join(tempDir(), 'session.json.lock');
    const held = JSON.stringify({ pid: process.pid, host: os.hostname(), at: Date.now() });
    writeFileSync(lock, held);
    const error: unknown = await withFileLock(lock, async () => 'never', 100).catch(
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(GuftaguError);
    expect((error as GuftaguError).code).toBe('locked');
    expect((error as GuftaguError).hint).not.toBe('');
    expect(existsSync(lock)).toBe(true);
  });
});
