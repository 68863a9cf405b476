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
import { buildShard, type Shard } from './sessionShard';
import { readShardFile, removeShardFile, writeShardFile } from './shardFile';
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
}

/** Sessions read at once while refreshing: bounded so memory stays bounded on a big workspace. */
const CONCURRENCY = 4;
/** After a change event, wait this long for more before refreshing in the background. */
const EVENT_DEBOUNCE_MS = 1500;

/** A shard entry weighs this much against a cue when ranking. */
const kindBoost: Record<SearchKind, number> = { session: 3, participant: 3, topic: 2, tag: 2, cue: 1 };

/**
 * The workspace's full-text index: one MiniSearch shard per session, kept in memory and in
 * `<workspace>/.index/search/`. It is derived data: before every query each session's source files are
 * checked against the signature its shard was built from (sizes, times and inodes: a few stats per
 * session), and a shard that is missing, stale or untrustworthy is rebuilt from the documents. Change
 * events (`onDocumentChanged`) only make that happen sooner, in the background; correctness does not
 * depend on them.
 */
export class WorkspaceSearchIndex {
  private readonly entries = new Map<string, Entry>();
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
    const query = terms.join(' ');
    const hits: Array<{ shard: Shard; id: number; score: number }> = [];
    for (const { shard } of this.entries.values()) {
      if (!shard) continue;
      const found = shard.index.search(query, {
        prefix: (_term, index, all) => index === all.length - 1,
        combineWith: 'AND',
        ...(everyKind
          ? {}
          : { filter: (result) => wanted.has(shard.entries[result.id as number]?.kind ?? 'cue') }),
      });
      let sessionHit = false;
      for (const { id, score } of found) {
        const kind = shard.entries[id as number]?.kind ?? 'cue';
        // One result per session for its own fields (the best one).
        if (kind === 'session') {
          if (sessionHit) continue;
          sessionHit = true;
        }
        hits.push({ shard, id: id as number, score: score * kindBoost[kind] });
      }
    }
    hits.sort((a, b) => b.score - a.score);
    const results = hits.slice(0, limit).map(({ shard, id, score }) => toResult(shard, id, score, terms));
    const ranked = rankAndGroup(results, limit);
    return { results: ranked.results, truncated: hits.length > limit };
  }

  /** Shards in memory and index entries, for the bench. */
  size(): { sessions: number; entries: number } {
    let entries = 0;
    for (const { shard } of this.entries.values()) entries += shard?.entries.length ?? 0;
    return { sessions: this.entries.size, entries };
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

  /** Stops background work; waits for a refresh under way. */
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
      if (!this.entries.has(sessionId) && useFiles) {
        const stored = await readShardFile(this.deps.indexFolder, sessionId);
        if (stored?.signature === signature) {
          this.entries.set(sessionId, stored);
          report.loaded += 1;
          return;
        }
      }
      this.entries.set(sessionId, await this.build(sessionId, signature));
      report.built += 1;
    });
    for (const sessionId of [...this.entries.keys()]) {
      if (present.has(sessionId)) continue;
      this.entries.delete(sessionId);
      await removeShardFile(this.deps.indexFolder, sessionId).catch(() => undefined);
      report.removed += 1;
    }
    report.sessions = present.size;
    return report;
  }

  /** Reads the session and its transcripts and builds its shard; the signature was taken before. */
  private async build(sessionId: string, signature: string): Promise<Entry> {
    const session = await this.deps.sessions.get(sessionId).catch(() => undefined);
    if (!session) return { signature, shard: undefined };
    const transcripts: SearchableTranscript[] = [];
    for (const media of session.media) {
      const transcript = await readTranscriptForIndex(this.deps.transcripts, sessionId, media.id);
      if (transcript) transcripts.push(transcript);
    }
    const entry = { signature, shard: buildShard(session, transcripts) };
    // Kept in memory even when the index folder cannot be written (a read-only workspace).
    await writeShardFile(this.deps.indexFolder, entry).catch((error: unknown) =>
      this.deps.log?.(`search index: cannot save the shard of ${sessionId}: ${String(error)}`),
    );
    return entry;
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
