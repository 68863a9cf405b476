import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { CLIPS_FILE } from '../export/stores';
import { SESSION_FILE } from '../workspace/paths';

/**
 * What a session's index entry was built from, as the file system reports it: for session.json, clips.json
 * (when there is one) and every transcript, its size, modification and change times and inode. Any write (atomic or in place), a
 * restored backup, or a session folder copied in from another machine (new inodes and change times, even
 * with the old modification times kept) changes it, so a stale entry is found at query time whether or
 * not a change event was seen. Undefined when the folder has no session.json.
 *
 * Synchronous on purpose: it runs before every query for every session, and a few hundred stat calls made
 * directly cost a few milliseconds, while the same calls through libuv's thread pool queue behind any
 * other file work and cost far more on a busy machine.
 */
export function sessionSignature(folder: string): string | undefined {
  const session = stamp(path.join(folder, SESSION_FILE));
  if (session === undefined) return undefined;
  const transcriptsFolder = path.join(folder, 'transcripts');
  let names: string[] = [];
  try {
    names = readdirSync(transcriptsFolder);
  } catch {
    // No transcripts yet.
  }
  const parts = [`session.json:${session}`];
  const clips = stamp(path.join(folder, CLIPS_FILE));
  if (clips !== undefined) parts.push(`${CLIPS_FILE}:${clips}`);
  for (const name of names
    .filter((candidate) => candidate.endsWith('.json') && !candidate.startsWith('.'))
    .sort()) {
    const found = stamp(path.join(transcriptsFolder, name));
    if (found !== undefined) parts.push(`${name}:${found}`);
  }
  return parts.join('|');
}

function stamp(file: string): string | undefined {
  const stats = statSync(file, { bigint: true, throwIfNoEntry: false });
  if (!stats?.isFile()) return undefined;
  return `${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}:${stats.ino}`;
}
