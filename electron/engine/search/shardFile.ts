import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../workspace/atomicWrite';
import { shardFromJson, type Shard } from './sessionShard';

/**
 * One session's shard on disk: a header line (format, session, source signature, SHA-256 of the body)
 * then the body (the session's entries as JSON). The file is derived data: anything that does
 * not check out (unreadable, another format, wrong session, a body that does not match its hash or has
 * the wrong shape) reads as missing and the shard is rebuilt from the documents.
 */

/** Raise when the shard's layout, the tokenizer or the normaliser changes: old files are then rebuilt. */
export const SHARD_FORMAT = 'guftagu-search-shard/2 normalize/1';

export interface StoredShard {
  signature: string;
  shard: Shard;
}

export const shardFilePath = (indexFolder: string, sessionId: string) =>
  path.join(indexFolder, `${sessionId}.json`);

export async function writeShardFile(indexFolder: string, stored: StoredShard): Promise<number> {
  const body = JSON.stringify(stored.shard);
  const header = JSON.stringify({
    format: SHARD_FORMAT,
    sessionId: stored.shard.sessionId,
    signature: stored.signature,
    sha256: sha256(body),
  });
  await fs.mkdir(indexFolder, { recursive: true });
  const text = `${header}\n${body}`;
  await writeFileAtomic(shardFilePath(indexFolder, stored.shard.sessionId), text);
  return Buffer.byteLength(text);
}

/** The stored shard, or undefined when there is none or it cannot be trusted. */
export async function readShardFile(
  indexFolder: string,
  sessionId: string,
): Promise<StoredShard | undefined> {
  const text = await fs.readFile(shardFilePath(indexFolder, sessionId), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const newline = text.indexOf('\n');
    if (newline < 0) return undefined;
    const header = JSON.parse(text.slice(0, newline)) as Record<string, unknown>;
    const body = text.slice(newline + 1);
    if (
      header['format'] !== SHARD_FORMAT ||
      header['sessionId'] !== sessionId ||
      typeof header['signature'] !== 'string' ||
      header['sha256'] !== sha256(body)
    )
      return undefined;
    const shard = shardFromJson(JSON.parse(body), sessionId);
    return shard ? { signature: header['signature'], shard } : undefined;
  } catch {
    return undefined;
  }
}

export async function removeShardFile(indexFolder: string, sessionId: string): Promise<void> {
  await fs.rm(shardFilePath(indexFolder, sessionId), { force: true });
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Removes what is not the shard file of a present session (or kept): shards of deleted sessions, temp files. */
export async function removeOrphanShardFiles(
  indexFolder: string,
  present: ReadonlySet<string>,
  keep: ReadonlySet<string> = new Set(),
): Promise<void> {
  const names = await fs.readdir(indexFolder).catch(() => [] as string[]);
  for (const name of names) {
    if (keep.has(name)) continue;
    if (name.endsWith('.json') && present.has(name.slice(0, -'.json'.length))) continue;
    await fs.rm(path.join(indexFolder, name), { force: true, recursive: true }).catch(() => undefined);
  }
}
