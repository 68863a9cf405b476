// Where loading the search index goes, step by step, for the bench: the shard files (read, SHA-256, JSON,
// MiniSearch.addAll of every entry: the start before the snapshot) against the snapshot (read with its
// check, decoding; MiniSearch's own loadJSON of the same index for comparison).
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import {
  miniSearchOptions,
  type IndexedDocument,
  type Shard,
} from '../../electron/engine/search/sessionShard';
import { readSnapshotFile, SNAPSHOT_FILE } from '../../electron/engine/search/snapshotFile';
import { decodeIndex } from '../../electron/engine/search/compactIndex';

export interface LoadBreakdown {
  shards: { readMs: number; sha256Ms: number; parseMs: number; addAllMs: number; entries: number };
  snapshot: {
    readAndCheckMs: number;
    decodeMs: number;
    loadJsonMs: number;
    jsonBytes: number;
    bytes: number;
  };
}

export async function loadBreakdown(indexFolder: string): Promise<LoadBreakdown> {
  const shards = { readMs: 0, sha256Ms: 0, parseMs: 0, addAllMs: 0, entries: 0 };
  const index = new MiniSearch<IndexedDocument>(miniSearchOptions);
  let nextId = 0;
  for (const name of await fs.readdir(indexFolder)) {
    if (!name.endsWith('.json')) continue;
    let started = performance.now();
    const text = await fs.readFile(path.join(indexFolder, name), 'utf8');
    shards.readMs += performance.now() - started;
    const body = text.slice(text.indexOf('\n') + 1);
    started = performance.now();
    createHash('sha256').update(body).digest('hex');
    shards.sha256Ms += performance.now() - started;
    started = performance.now();
    const shard = JSON.parse(body) as Shard;
    shards.parseMs += performance.now() - started;
    started = performance.now();
    index.addAll(shard.entries.map((entry) => ({ id: nextId++, text: entry.text })));
    shards.addAllMs += performance.now() - started;
    shards.entries += shard.entries.length;
  }
  let started = performance.now();
  const stored = await readSnapshotFile(indexFolder);
  const readAndCheckMs = performance.now() - started;
  if (!stored) throw new Error(`No usable ${SNAPSHOT_FILE} in ${indexFolder}.`);
  started = performance.now();
  const decoded = decodeIndex(stored.meta, stored.body);
  const decodeMs = performance.now() - started;
  if (!decoded) throw new Error('The snapshot does not decode.');
  // MiniSearch's own JSON of the same index, for comparison.
  const json = JSON.stringify(decoded);
  started = performance.now();
  MiniSearch.loadJSON<IndexedDocument>(json, miniSearchOptions);
  const loadJsonMs = performance.now() - started;
  const bytes = (await fs.stat(path.join(indexFolder, SNAPSHOT_FILE))).size;
  return { shards, snapshot: { readAndCheckMs, decodeMs, loadJsonMs, jsonBytes: json.length, bytes } };
}
