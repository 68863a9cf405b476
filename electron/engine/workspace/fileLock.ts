import { promises as fs } from 'node:fs';
import os from 'node:os';
import { GuftaguError } from '../../../shared/errors';

const STALE_AFTER_MS = 30_000;
const WAIT_STEP_MS = 25;

/**
 * A lock file beside a document, held only for a read-modify-write, so two windows or processes never
 * lose each other's changes. A lock whose owner died (same host, pid gone) or that is old is broken.
 */
export async function withFileLock<T>(lockPath: string, work: () => Promise<T>, waitMs = 5_000): Promise<T> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const handle = await fs.open(lockPath, 'wx');
      await handle.writeFile(JSON.stringify({ pid: process.pid, host: os.hostname(), at: Date.now() }));
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (await isStale(lockPath)) {
        await fs.rm(lockPath, { force: true });
        continue;
      }
      if (Date.now() > deadline) {
        throw new GuftaguError(
          'locked',
          'Another Guftagu window or command is saving this session right now.',
          'Wait a moment and try again. If no other Guftagu is running, restart Guftagu.',
        );
      }
      await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
    }
  }
  try {
    return await work();
  } finally {
    await fs.rm(lockPath, { force: true });
  }
}

async function isStale(lockPath: string): Promise<boolean> {
  try {
    const text = await fs.readFile(lockPath, 'utf8');
    const owner = JSON.parse(text) as { pid?: unknown; host?: unknown; at?: unknown };
    if (typeof owner.at === 'number' && Date.now() - owner.at > STALE_AFTER_MS) return true;
    if (owner.host === os.hostname() && typeof owner.pid === 'number' && !isAlive(owner.pid)) return true;
    return false;
  } catch {
    // Half-written or vanished lock: stale if it is old.
    const stat = await fs.stat(lockPath).catch(() => undefined);
    return stat === undefined || Date.now() - stat.mtimeMs > 2_000;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
