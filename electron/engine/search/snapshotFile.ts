import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../workspace/atomicWrite';
import { COMPACT_INDEX_FORMAT, type CompactMeta } from './compactIndex';
import { SHARD_FORMAT } from './shardFile';

/**
 * The whole workspace index in a compact binary form (compactIndex.ts), so a start reads it back instead
 * of adding every entry of every shard again (tokenising and inserting some million words). A header line
 * names, per session, the source signature its entries were built from, their first index id, their count
 * and their kinds (one letter each: results are filtered and grouped by kind before any shard is read), with
 * the SHA-256 of the body. Derived data like the shards: a snapshot that does not check out reads as missing
 * (the shards are then added again), and a session whose documents changed since is replaced from its
 * shard or its documents.
 */

export const SNAPSHOT_FILE = 'workspace.snapshot';
/** Raise with SHARD_FORMAT or the MiniSearch options: an old snapshot is then not loaded. */
export const SNAPSHOT_FORMAT = `guftagu-search-snapshot/2 ${SHARD_FORMAT} ${COMPACT_INDEX_FORMAT}`;

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
  /** The index, encoded (compactIndex.ts). */
  meta: CompactMeta;
  body: Uint8Array;
}

export const snapshotFilePath = (indexFolder: string) => path.join(indexFolder, SNAPSHOT_FILE);

export async function writeSnapshotFile(indexFolder: string, snapshot: StoredSnapshot): Promise<number> {
  const header = JSON.stringify({
    format: SNAPSHOT_FORMAT,
    nextId: snapshot.nextId,
    sessions: snapshot.sessions,
    meta: snapshot.meta,
    sha256: sha256(snapshot.body),
  });
  await fs.mkdir(indexFolder, { recursive: true });
  const bytes = Buffer.concat([Buffer.from(`${header}\n`, 'utf8'), snapshot.body]);
  await writeFileAtomic(snapshotFilePath(indexFolder), bytes);
  return bytes.length;
}

/** The stored snapshot, or undefined when there is none or it cannot be trusted. */
export async function readSnapshotFile(indexFolder: string): Promise<StoredSnapshot | undefined> {
  const bytes = await fs.readFile(snapshotFilePath(indexFolder)).catch(() => undefined);
  if (bytes === undefined) return undefined;
  try {
    const newline = bytes.indexOf(0x0a);
    if (newline < 0) return undefined;
    const header = JSON.parse(bytes.subarray(0, newline).toString('utf8')) as Record<string, unknown>;
    const body = bytes.subarray(newline + 1);
    const sessions = header['sessions'];
    const nextId = header['nextId'];
    const meta = header['meta'] as CompactMeta | undefined;
    if (
      header['format'] !== SNAPSHOT_FORMAT ||
      typeof nextId !== 'number' ||
      typeof meta !== 'object' ||
      meta === null ||
      !Array.isArray(sessions) ||
      !sessions.every(isSnapshotSession) ||
      header['sha256'] !== sha256(body)
    )
      return undefined;
    return { nextId, sessions, meta, body };
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

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
