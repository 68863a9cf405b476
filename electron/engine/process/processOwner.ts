import os from 'node:os';
import type { ProcessOwner } from '../../../shared/model/clips';

export type { ProcessOwner };

/** This process, as written into job folders and export records it is working on. */
export function currentOwner(): ProcessOwner {
  return { pid: process.pid, host: os.hostname() };
}

/**
 * Whether the process that wrote `owner` has certainly ended: same machine, and no process with its id
 * (kill(pid, 0) says ESRCH). Another machine's owner (a workspace on a network share) is never judged
 * gone: we cannot see its processes. A reused id only makes us wait longer, never remove work in use.
 */
export function isOwnerGone(owner: ProcessOwner): boolean {
  if (owner.host !== os.hostname()) return false;
  if (owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

export function isOwnedByThisProcess(owner: ProcessOwner | undefined): boolean {
  return owner !== undefined && owner.pid === process.pid && owner.host === os.hostname();
}
