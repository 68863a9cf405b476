import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../workspace/atomicWrite';
import { SHARD_FORMAT } from './shardFile';

/**
 * The whole workspace index as MiniSearch serialised it, so a start loads it (MiniSearch.loadJSON) instead
 * of adding every entry of every shard again (tokenising and inserting some million words). A header line
 * names, per session, the source signature its entries were built from, their first index id, their count
 * and their kinds (one letter each: results are filtered and grouped by kind before any shard is read), with
 * the SHA-256 of the body. Derived data like the shards: a snapshot that does not check out reads as missing
 * (the shards are then added again), and a session whose documents changed since is replaced from its
 * shard or its documents.
 */

export const SNAPSHOT_FILE = 'workspace.snapshot';
/** Raise with SHARD_FORMAT or the MiniSearch options: an old snapshot is then not loaded. */
export const SNAPSHOT_FORMAT = `guftagu-search-snapshot/1 ${SHARD_FORMAT}`;

export interface SnapshotSession {
  sessionId: string;
  signature: string;
  firstId: number;
  count: number;
  /** One letter per entry (kindLetters), in id order. */
  kinds: string;
}

export interface StoredSnapshot {
  nextId: number;
  sessions: SnapshotSession[];
  /** MiniSearch's JSON of the index. */
  index: string;
}

export const snapshotFilePath = (indexFolder: string) => path.join(indexFolder, SNAPSHOT_FILE);

export async function writeSnapshotFile(indexFolder: string, snapshot: StoredSnapshot): Promise<number> {
  const header = JSON.stringify({
    format: SNAPSHOT_FORMAT,
    nextId: snapshot.nextId,
    sessions: snapshot.sessions,
    sha256: sha256(snapshot.index),
  });
  await fs.mkdir(indexFolder, { recursive: true });
  const text = `${header}\n${snapshot.index}`;
  await writeFileAtomic(snapshotFilePath(indexFolder), text);
  return Buffer.byteLength(text);
}

/** The stored snapshot, or undefined when there is none or it cannot be trusted. */
export async function readSnapshotFile(indexFolder: string): Promise<StoredSnapshot | undefined> {
  const text = await fs.readFile(snapshotFilePath(indexFolder), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const newline = text.indexOf('\n');
    if (newline < 0) return undefined;
    const header = JSON.parse(text.slice(0, newline)) as Record<string, unknown>;
    const index = text.slice(newline + 1);
    const sessions = header['sessions'];
    const nextId = header['nextId'];
    if (
      header['format'] !== SNAPSHOT_FORMAT ||
      typeof nextId !== 'number' ||
      !Array.isArray(sessions) ||
      !sessions.every(isSnapshotSession) ||
      header['sha256'] !== sha256(index)
    )
      return undefined;
    return { nextId, sessions, index };
  } catch {
    return undefined;
  }
}

export async function removeSnapshotFile(indexFolder: string): Promise<void> {
  await fs.rm(snapshotFilePath(indexFolder), { force: true });
}

function isSnapshotSession(value: unknown): value is SnapshotSession {
  if (typeof value !== 'object' || value === null) return false;
  const session = value as Partial<SnapshotSession>;
  return (
    typeof session.sessionId === 'string' &&
    typeof session.signature === 'string' &&
    Number.isInteger(session.firstId) &&
    Number.isInteger(session.count) &&
    typeof session.kinds === 'string' &&
    session.kinds.length === session.count
  );
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
