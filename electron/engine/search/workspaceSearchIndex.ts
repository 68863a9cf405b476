import { existsSync, promises as fs, readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { searchKinds, type SearchKind, type SearchResult } from '../../../shared/programme/schemas';
import { SEARCH_RESULT_LIMIT } from '../../../shared/programme/search';
import { searchTerms } from '../../../shared/search/normalize';
import { rankAndGroup } from '../../../shared/search/rank';
import { snippetFor } from '../../../shared/search/snippet';
import type { TranscriptStore } from '../transcription/transcriptStore';
import { isSafeId, SESSIONS_FOLDER } from '../workspace/paths';
import type { SessionStore } from '../workspace/sessionStore';
import { readTranscriptForIndex, type SearchableTranscript } from './readForIndex';
import MiniSearch from 'minisearch';
import {
  buildShard,
  miniSearchOptions,
  type IndexedDocument,
  type IndexEntry,
  type Shard,
} from './sessionShard';
import { readShardFile, removeOrphanShardFiles, removeShardFile, writeShardFile } from './shardFile';
import { sessionSignature } from './sourceSignature';

/** The documents whose change can change what search finds. */
export type IndexedDocumentKind = 'session' | 'transcript' | 'participant' | 'clip';

export interface SearchIndexDeps {
  sessions: SessionStore;
  transcripts: TranscriptStore;
  /** Where the shards are kept: per workspace, outside the session folders. */
  indexFolder: string;
  log?: (line: string) => void;
}

/** What one refresh did, for the bench and the tests. */
export interface RefreshReport {
  sessions: number;
  /** Shards built from the documents (new, changed, copied in, or a file that could not be trusted). */
  built: number;
  /** Shards read back from their files. */
  loaded: number;
  removed: number;
}

interface Entry {
  signature: string;
  /** Undefined when the session cannot be read (corrupt, newer format): left out of search. */
  shard: Shard | undefined;
  /** The index ids of the shard's entries are firstId, firstId + 1, … */
  firstId: number;
}

/** A stored shard, once in the index. */
interface Placed {
  firstId: number;
  shard: Shard;
}

/** Sessions read at once while refreshing: bounded so memory stays bounded on a big workspace. */
const CONCURRENCY = 4;
/** After a change event, wait this long for more before refreshing in the background. */
const EVENT_DEBOUNCE_MS = 1500;

/** A shard entry weighs this much against a cue when ranking. */
const kindBoost: Record<SearchKind, number> = { session: 3, participant: 3, topic: 2, tag: 2, cue: 1 };

/**
 * The workspace's full-text index: one MiniSearch index in memory over every session's entries, and one
 * shard file of entries per session in `<workspace>/.index/search/`. It is derived data: before every
 * query each session's source files are checked against the signature its shard was built from (sizes,
 * times and inodes: a few stats per session), and a shard that is missing, stale or untrustworthy is
 * rebuilt from the documents. Change events (`onDocumentChanged`) only make that happen sooner, in the
 * background; correctness does not depend on them.
 */
export class WorkspaceSearchIndex {
  private readonly entries = new Map<string, Entry>();
  private index = new MiniSearch<IndexedDocument>(miniSearchOptions);
  /** The shards in the index by their first id (ids only grow, so this stays sorted). */
  private placed: Placed[] = [];
  private nextId = 0;
  /** Whether shard files of sessions that are gone (and temp files) were removed in this run. */
  private tidied = false;
  private chain: Promise<unknown> = Promise.resolve();
  private started = false;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly deps: SearchIndexDeps) {}

  /** A session's session.json, a transcript, a participant or a clip changed (or, without id, anything). */
  onDocumentChanged(_kind: IndexedDocumentKind, _sessionId?: string): void {
    // Nothing to keep fresh until search has been used once.
    if (!this.started || this.closed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh().catch((error: unknown) => this.deps.log?.(`search index: ${String(error)}`));
    }, EVENT_DEBOUNCE_MS);
    this.timer.unref();
  }

  /** Brings every shard up to date with the documents (one refresh at a time). */
  refresh(): Promise<RefreshReport> {
    const next = this.chain.then(() => this.refreshNow());
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** Forgets every shard (memory and files) and builds them all again. */
  async rebuild(): Promise<RefreshReport> {
    const next = this.chain.then(async () => {
      this.entries.clear();
      this.index = new MiniSearch<IndexedDocument>(miniSearchOptions);
      this.placed = [];
      this.tidied = true;
      await fs.rm(this.deps.indexFolder, { recursive: true, force: true });
      this.started = true;
      return this.refreshNow(false);
    });
    this.chain = next.catch(() => undefined);
    return next;
  }

  async query(
    text: string,
    kinds: readonly SearchKind[] = searchKinds,
    limit = SEARCH_RESULT_LIMIT,
  ): Promise<{ results: SearchResult[]; truncated: boolean }> {
    await this.refresh();
    const terms = searchTerms(text);
    if (terms.length === 0) return { results: [], truncated: false };
    const wanted = new Set(kinds);
    const everyKind = searchKinds.every((kind) => wanted.has(kind));
    const found = this.index.search(terms.join(' '), {
      prefix: (_term, index, all) => index === all.length - 1,
      combineWith: 'AND',
      ...(everyKind
        ? {}
        : { filter: (result) => wanted.has(this.locate(result.id as number)?.entry.kind ?? 'cue') }),
    });
    const hits: Array<{ shard: Shard; id: number; score: number }> = [];
    const sessionsHit = new Set<string>();
    for (const { id, score } of found) {
      const at = this.locate(id as number);
      if (!at) continue;
      const { shard, index, entry } = at;
      // One result per session for its own fields (the best one).
      if (entry.kind === 'session') {
        if (sessionsHit.has(shard.sessionId)) continue;
        sessionsHit.add(shard.sessionId);
      }
      hits.push({ shard, id: index, score: score * kindBoost[entry.kind] });
    }
    hits.sort((a, b) => b.score - a.score);
    const results = hits.slice(0, limit).map(({ shard, id, score }) => toResult(shard, id, score, terms));
    const ranked = rankAndGroup(results, limit);
    return { results: ranked.results, truncated: hits.length > limit };
  }

  /** Sessions and entries in the index, for the bench. */
  size(): { sessions: number; entries: number } {
    return { sessions: this.entries.size, entries: this.index.documentCount };
  }

  /** The shard and entry of an index id (binary search over the placed shards). */
  private locate(id: number): { shard: Shard; index: number; entry: IndexEntry } | undefined {
    let low = 0;
    let high = this.placed.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const placed = this.placed[middle];
      if (!placed) return undefined;
      const index = id - placed.firstId;
      if (index < 0) high = middle - 1;
      else if (index >= placed.shard.entries.length) low = middle + 1;
      else {
        const entry = placed.shard.entries[index];
        return entry ? { shard: placed.shard, index, entry } : undefined;
      }
    }
    return undefined;
  }

  /** Puts a session's entries in the index, in place of what it had. */
  private place(sessionId: string, signature: string, shard: Shard | undefined): void {
    this.unplace(sessionId);
    const firstId = this.nextId;
    if (shard) {
      this.nextId += shard.entries.length;
      this.index.addAll(shard.entries.map((entry, index) => ({ id: firstId + index, text: entry.text })));
      this.placed.push({ firstId, shard });
    }
    this.entries.set(sessionId, { signature, shard, firstId });
  }

  private unplace(sessionId: string): void {
    const known = this.entries.get(sessionId);
    if (!known) return;
    this.entries.delete(sessionId);
    if (!known.shard) return;
    for (let index = 0; index < known.shard.entries.length; index += 1)
      this.index.discard(known.firstId + index);
    this.placed = this.placed.filter((placed) => placed.firstId !== known.firstId);
  }

  /**
   * Loads the index in the background soon after start when this workspace has one (search was used
   * here before), so the first query does not wait for it.
   */
  warmUpIfUsed(delayMs = 2000): void {
    if (!existsSync(this.deps.indexFolder)) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.closed) return;
      void this.refresh().catch((error: unknown) => this.deps.log?.(`search index: ${String(error)}`));
    }, delayMs);
    this.timer.unref();
  }

  /** Stops background work; waits for the sessions being read now, not for the rest of a refresh. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    await this.chain;
  }

  private async refreshNow(useFiles = true): Promise<RefreshReport> {
    this.started = true;
    const report: RefreshReport = { sessions: 0, built: 0, loaded: 0, removed: 0 };
    const root = path.join(this.deps.sessions.workspacePath, SESSIONS_FOLDER);
    let folders: Dirent[] = [];
    try {
      folders = readdirSync(root, { withFileTypes: true });
    } catch {
      // No sessions folder: nothing to search.
    }
    // Checking every session costs a few stat calls each, synchronously; only the stale ones are read.
    const stale: Array<{ sessionId: string; signature: string }> = [];
    const present = new Set<string>();
    for (const folder of folders) {
      if (!folder.isDirectory() || !isSafeId(folder.name)) continue;
      const signature = sessionSignature(path.join(root, folder.name));
      if (signature === undefined) continue;
      present.add(folder.name);
      if (this.entries.get(folder.name)?.signature !== signature)
        stale.push({ sessionId: folder.name, signature });
    }
    await forEachLimited(stale, CONCURRENCY, async ({ sessionId, signature }) => {
      // Closing stops a long refresh between sessions (what is left is done at the next start).
      if (this.closed) return;
      if (!this.entries.has(sessionId) && useFiles) {
        const stored = await readShardFile(this.deps.indexFolder, sessionId);
        if (stored?.signature === signature) {
          this.place(sessionId, signature, stored.shard);
          report.loaded += 1;
          return;
        }
      }
      const shard = await this.build(sessionId, signature);
      this.place(sessionId, signature, shard);
      report.built += 1;
    });
    for (const sessionId of [...this.entries.keys()]) {
      if (present.has(sessionId)) continue;
      this.unplace(sessionId);
      await removeShardFile(this.deps.indexFolder, sessionId).catch(() => undefined);
      report.removed += 1;
    }
    if (!this.tidied) {
      this.tidied = true;
      await removeOrphanShardFiles(this.deps.indexFolder, present);
    }
    report.sessions = present.size;
    return report;
  }

  /** Reads the session and its transcripts and builds its shard; the signature was taken before. */
  private async build(sessionId: string, signature: string): Promise<Shard | undefined> {
    const session = await this.deps.sessions.get(sessionId).catch(() => undefined);
    if (!session) return undefined;
    const transcripts: SearchableTranscript[] = [];
    for (const media of session.media) {
      const transcript = await readTranscriptForIndex(this.deps.transcripts, sessionId, media.id);
      if (transcript) transcripts.push(transcript);
    }
    const shard = buildShard(session, transcripts);
    // Kept in memory even when the index folder cannot be written (a read-only workspace).
    await writeShardFile(this.deps.indexFolder, { signature, shard }).catch((error: unknown) =>
      this.deps.log?.(`search index: cannot save the shard of ${sessionId}: ${String(error)}`),
    );
    return shard;
  }
}

function toResult(shard: Shard, id: number, score: number, terms: readonly string[]): SearchResult {
  const entry = shard.entries[id];
  if (!entry) throw new Error(`search index: no entry ${id} in ${shard.sessionId}`);
  const snippet = entry.label ?? snippetFor(entry.text, terms);
  const mediaName = entry.mediaId === undefined ? undefined : shard.mediaNames[entry.mediaId];
  return {
    kind: entry.kind,
    sessionId: shard.sessionId,
    sessionTitle: shard.sessionTitle,
    ...(entry.participantId === undefined ? {} : { participantId: entry.participantId }),
    ...(entry.mediaId === undefined ? {} : { mediaId: entry.mediaId }),
    ...(mediaName === undefined ? {} : { mediaName }),
    ...(entry.trackId === undefined ? {} : { trackId: entry.trackId }),
    ...(entry.cueId === undefined ? {} : { cueId: entry.cueId }),
    ...(entry.startMs === undefined ? {} : { startMs: entry.startMs }),
    snippet: entry.kind === 'cue' && entry.speaker !== undefined ? `${entry.speaker}: ${snippet}` : snippet,
    score,
  };
}

async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      if (item !== undefined) await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
