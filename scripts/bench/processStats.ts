import { readFileSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** This process's peak resident memory (VmHWM on Linux; the current RSS elsewhere). */
export function peakRssBytes(): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match?.[1]) return Number(match[1]) * 1024;
  } catch {
    // Not Linux.
  }
  return process.memoryUsage().rss;
}

/** Bytes of every file under a folder. */
export async function folderBytes(folder: string): Promise<number> {
  let total = 0;
  for (const entry of await fs.readdir(folder, { withFileTypes: true }).catch(() => [])) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) total += await folderBytes(full);
    else if (entry.isFile()) total += (await fs.stat(full)).size;
  }
  return total;
}
