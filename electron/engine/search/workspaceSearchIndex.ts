import { existsSync, promises as fs, readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { searchKinds, type SearchKind, type SearchResult } from '../../../shared/programme/schemas';
import { SEARCH_RESULT_LIMIT } from '../../../shared/programme/search';
import { searchTerms } from '../../../shared/search/normalize';
import { rankAndGroup } from '../../../shared/search/rank';
import type { TranscriptStore } from '../transcription/transcriptStore';
import { isSafeId, SESSIONS_FOLDER } from '../workspace/paths';
import type { SessionStore } from '../workspace/sessionStore';
import { readTranscriptForIndex, type SearchableTranscript } from './readForIndex';
import MiniSearch from 'minisearch';
import { buildShard, miniSearchOptions, type IndexedDocument, type Shard } from './sessionShard';
import { readShardFile, removeOrphanShardFiles, removeShardFile, writeShardFile } from './shardFile';
import { readSnapshotFile, SNAPSHOT_FILE, writeSnapshotFile } from './snapshotFile';
import { kindsOf, locatePlaced, type Placed } from './placedSessions';
import { kindBoost, toResult } from './searchResult';
import { forEachLimited } from './forEachLimited';
import { decodeIndex, encodeIndex } from './compactIndex';
import { clipsDocument } from '../export/stores';
import { sessionSignature } from './sourceSignature';

/** The documents whose change can change what search finds. */
export type IndexedDocumentKind = 'session' | 'transcript' | 'participant' | 'clip';

export interface SearchIndexDeps {
  sessions: SessionStore;
  transcripts: TranscriptStore;
  /** Where the shards are kept: per workspace, outside the session folders. */
  indexFolder: string;
  /** False: never load or write the workspace snapshot (the bench's "before", adding every shard). */
  snapshot?: boolean;
  log?: (line: string) => void;
}

/** What one refresh did, for the bench and the tests. */
export interface RefreshReport {
  sessions: number;
  /** Shards built from the documents (new, changed, copied in, or a file that could not be trusted). */
  built: number;
  /** Shards read back from their files and added to the index. */
  loaded: number;
  removed: number;
  /** Sessions taken from the workspace snapshot (their entries are read only when a result needs them). */
  fromSnapshot: number;
}

interface Entry {
  signature: string;
  /** Undefined when the session cannot be read (corrupt, newer format): left out of search. */
  placed: Placed | undefined;
}

/** Sessions read at once while refreshing: bounded so memory stays bounded on a big workspace. */
const CONCURRENCY = 4;
/** After a change event, wait this long for more before refreshing in the background. */
const EVENT_DEBOUNCE_MS = 1500;
/** After the index changed, wait this long for more changes before writing its snapshot. */
const SNAPSHOT_DELAY_MS = 5000;

/**
 * The workspace's full-text index: one MiniSearch index in memory over every session's entries, one shard
 * file of entries per session and a snapshot of the whole index (snapshotFile.ts) in
 * `<workspace>/.index/search/`. It is derived data: before every query each session's source files are
 * checked against the signature its entries were built from (sizes, times and inodes: a few stats per
 * session), and a session that is missing, stale or untrustworthy is replaced from its shard file or
 * rebuilt from the documents. Change events (`onDocumentChanged`) only make that happen sooner, in the
 * background; correctness does not depend on them.
 *
 * A start loads the snapshot (compactIndex.ts: a fraction of adding every entry again, or of MiniSearch's
 * own loadJSON) and reads a
 * session's shard file only when a query's results need its entries.
 */
export class WorkspaceSearchIndex {
  private readonly entries = new Map<string, Entry>();
  private index = new MiniSearch<IndexedDocument>(miniSearchOptions);
  /** The sessions in the index by their first id (ids only grow, so this stays sorted). */
  private placed: Placed[] = [];
  private nextId = 0;
  /** Whether shard files of sessions that are gone (and temp files) were removed in this run. */
  private tidied = false;
  /** Whether the snapshot was looked for in this run. */
  private snapshotTried = false;
  private chain: Promise<unknown> = Promise.resolve();
  private started = false;
  private timer: NodeJS.Timeout | undefined;
  private snapshotTimer: NodeJS.Timeout | undefined;
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

  /** Brings every session's entries up to date with the documents (one refresh at a time). */
  refresh(): Promise<RefreshReport> {
    return this.inTurn(() => this.refreshNow());
  }

  /** Forgets every shard (memory and files) and builds them all again, then writes the snapshot. */
  async rebuild(): Promise<RefreshReport> {
    return this.inTurn(async () => {
      this.entries.clear();
      this.index = new MiniSearch<IndexedDocument>(miniSearchOptions);
      this.placed = [];
      this.tidied = true;
      this.snapshotTried = true;
      await fs.rm(this.deps.indexFolder, { recursive: true, force: true });
      this.started = true;
      const report = await this.refreshNow(false);
      await this.writeSnapshotNow();
      return report;
    });
  }

  /** Writes the snapshot now (the bench and the tests; otherwise it follows changes after a pause). */
  saveSnapshot(): Promise<void> {
    return this.inTurn(() => this.writeSnapshotNow());
  }

  async query(
    text: string,
    kinds: readonly SearchKind[] = searchKinds,
    limit = SEARCH_RESULT_LIMIT,
  ): Promise<{ results: SearchResult[]; truncated: boolean }> {
    await this.refresh();
    const terms = searchTerms(text);
    if (terms.length === 0) return { results: [], truncated: false };
    return this.inTurn(() => this.queryNow(terms, kinds, limit, true));
  }

  private async queryNow(
    terms: readonly string[],
    kinds: readonly SearchKind[],
    limit: number,
    mayRetry: boolean,
  ): Promise<{ results: SearchResult[]; truncated: boolean }> {
    const wanted = new Set(kinds);
    const everyKind = searchKinds.every((kind) => wanted.has(kind));
    const found = this.index.search(terms.join(' '), {
      prefix: (_term, index, all) => index === all.length - 1,
      combineWith: 'AND',
      ...(everyKind
        ? {}
        : { filter: (result) => wanted.has(locatePlaced(this.placed, result.id as number)?.kind ?? 'cue') }),
    });
    const hits: Array<{ placed: Placed; id: number; score: number }> = [];
    const sessionsHit = new Set<string>();
    for (const { id, score } of found) {
      const at = locatePlaced(this.placed, id as number);
      if (!at) continue;
      const { placed, index, kind } = at;
      // One result per session for its own fields (the best one).
      if (kind === 'session') {
        if (sessionsHit.has(placed.sessionId)) continue;
        sessionsHit.add(placed.sessionId);
      }
      hits.push({ placed, id: index, score: score * kindBoost[kind] });
    }
    hits.sort((a, b) => b.score - a.score);
    const shown = hits.slice(0, limit);
    // Entries of sessions placed from the snapshot are read now, for the results shown only.
    const missing = [...new Set(shown.map((hit) => hit.placed).filter((placed) => !placed.shard))];
    const untrusted: Placed[] = [];
    await forEachLimited(missing, CONCURRENCY, async (placed) => {
      if (!(await this.readEntries(placed))) untrusted.push(placed);
    });
    if (untrusted.length > 0) {
      // A shard file that does not match the snapshot: those sessions are built again, and the query rerun.
      for (const placed of untrusted) {
        const signature = this.entries.get(placed.sessionId)?.signature;
        if (signature === undefined) continue;
        this.place(placed.sessionId, signature, await this.build(placed.sessionId, signature));
      }
      this.scheduleSnapshot();
      if (mayRetry) return this.queryNow(terms, kinds, limit, false);
    }
    const results = shown.flatMap(({ placed, id, score }) =>
      placed.shard ? [toResult(placed.shard, id, score, terms)] : [],
    );
    const ranked = rankAndGroup(results, limit);
    return { results: ranked.results, truncated: hits.length > limit };
  }

  /** Sessions and entries in the index, for the bench. */
  size(): { sessions: number; entries: number } {
    return { sessions: this.entries.size, entries: this.index.documentCount };
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const next = this.chain.then(work);
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** Reads a session's entries from its shard file; false when the file does not match the index. */
  private async readEntries(placed: Placed): Promise<boolean> {
    const entry = this.entries.get(placed.sessionId);
    const stored = await readShardFile(this.deps.indexFolder, placed.sessionId);
    if (!entry || !stored || stored.signature !== entry.signature || kindsOf(stored.shard) !== placed.kinds)
      return false;
    placed.shard = stored.shard;
    return true;
  }

  /** Puts a session's entries in the index, in place of what it had. */
  private place(sessionId: string, signature: string, shard: Shard | undefined): void {
    this.unplace(sessionId);
    if (!shard) {
      this.entries.set(sessionId, { signature, placed: undefined });
      return;
    }
    const firstId = this.nextId;
    this.nextId += shard.entries.length;
    this.index.addAll(shard.entries.map((entry, index) => ({ id: firstId + index, text: entry.text })));
    const placed: Placed = { sessionId, firstId, kinds: kindsOf(shard), shard };
    this.placed.push(placed);
    this.entries.set(sessionId, { signature, placed });
  }

  private unplace(sessionId: string): void {
    const known = this.entries.get(sessionId);
    if (!known) return;
    this.entries.delete(sessionId);
    const placed = known.placed;
    if (!placed) return;
    for (let index = 0; index < placed.kinds.length; index += 1) this.index.discard(placed.firstId + index);
    this.placed = this.placed.filter((candidate) => candidate !== placed);
  }

  /** Takes the index from the snapshot file when it checks out; false when there is none to take. */
  private async loadSnapshot(): Promise<boolean> {
    const stored = await readSnapshotFile(this.deps.indexFolder);
    if (!stored) return false;
    let index: MiniSearch<IndexedDocument> | undefined;
    try {
      index = decodeIndex(stored.meta, stored.body);
    } catch (error) {
      this.deps.log?.(`search index: the snapshot cannot be loaded (${String(error)}); it is made again`);
    }
    if (!index) return false;
    this.index = index;
    this.entries.clear();
    this.placed = [];
    for (const session of [...stored.sessions].sort((a, b) => a.firstId - b.firstId)) {
      const placed: Placed = {
        sessionId: session.sessionId,
        firstId: session.firstId,
        kinds: session.kinds,
        shard: undefined,
      };
      this.placed.push(placed);
      this.entries.set(session.sessionId, { signature: session.signature, placed });
    }
    this.nextId = stored.nextId;
    return true;
  }

  private scheduleSnapshot(): void {
    if (this.closed || this.deps.snapshot === false) return;
    if (this.snapshotTimer) clearTimeout(this.snapshotTimer);
    this.snapshotTimer = setTimeout(() => {
      this.snapshotTimer = undefined;
      if (this.closed) return;
      void this.saveSnapshot().catch((error: unknown) =>
        this.deps.log?.(`search index: cannot save the snapshot: ${String(error)}`),
      );
    }, SNAPSHOT_DELAY_MS);
    this.snapshotTimer.unref();
  }

  private async writeSnapshotNow(): Promise<void> {
    if (this.snapshotTimer) clearTimeout(this.snapshotTimer);
    this.snapshotTimer = undefined;
    const sessions = this.placed.map((placed) => ({
      sessionId: placed.sessionId,
      signature: this.entries.get(placed.sessionId)?.signature ?? '',
      firstId: placed.firstId,
      count: placed.kinds.length,
      kinds: placed.kinds,
    }));
    // Encoded at once, so the header and the index describe the same moment.
    const { meta, body } = encodeIndex(this.index);
    await writeSnapshotFile(this.deps.indexFolder, { nextId: this.nextId, sessions, meta, body });
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
    if (this.snapshotTimer) clearTimeout(this.snapshotTimer);
    await this.chain;
  }

  private async refreshNow(useFiles = true): Promise<RefreshReport> {
    this.started = true;
    const report: RefreshReport = { sessions: 0, built: 0, loaded: 0, removed: 0, fromSnapshot: 0 };
    if (!this.snapshotTried) {
      this.snapshotTried = true;
      if (useFiles && this.deps.snapshot !== false && (await this.loadSnapshot()))
        report.fromSnapshot = this.entries.size;
    }
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
      if (useFiles) {
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
      await removeOrphanShardFiles(this.deps.indexFolder, present, new Set([SNAPSHOT_FILE]));
    }
    report.sessions = present.size;
    if (report.built + report.loaded + report.removed > 0) this.scheduleSnapshot();
    return report;
  }

  /** Reads the session, its transcripts and clips and builds its shard; the signature was taken before. */
  private async build(sessionId: string, signature: string): Promise<Shard | undefined> {
    const session = await this.deps.sessions.get(sessionId).catch(() => undefined);
    if (!session) return undefined;
    const transcripts: SearchableTranscript[] = [];
    for (const media of session.media) {
      const transcript = await readTranscriptForIndex(this.deps.transcripts, sessionId, media.id);
      if (transcript) transcripts.push(transcript);
    }
    // A clips file that cannot be read leaves the clips out of search (the clips list reports it).
    const clips = await clipsDocument(this.deps.sessions, sessionId)
      .read()
      .then((document) => document.clips)
      .catch(() => []);
    const shard = buildShard(session, transcripts, clips);
    // Kept in memory even when the index folder cannot be written (a read-only workspace).
    await writeShardFile(this.deps.indexFolder, { signature, shard }).catch((error: unknown) =>
      this.deps.log?.(`search index: cannot save the shard of ${sessionId}: ${String(error)}`),
    );
    return shard;
  }
}
