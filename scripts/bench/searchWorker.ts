// One measurement of the search bench in its own process, so each gets an honest peak memory (VmHWM):
//   linear <workspace> <queries.json>   the scan search.query did before the index (reads every document)
//   build <workspace>                   a full index build from the documents
//   indexed <workspace> <queries.json>  a cold start (the index loaded from its snapshot), then the queries
//   shards <workspace> <queries.json>   the same cold start without the snapshot (every shard added again)
//   breakdown <workspace>               where loading goes: file reads, checksums, JSON, MiniSearch
// Prints one JSON line.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadSearchSources } from '../../electron/engine/programme/workspaceData';
import { searchIndexFolder } from '../../electron/engine/search/indexFolder';
import { WorkspaceSearchIndex } from '../../electron/engine/search/workspaceSearchIndex';
import { TranscriptStore } from '../../electron/engine/transcription/transcriptStore';
import { SessionStore } from '../../electron/engine/workspace/sessionStore';
import { searchWorkspace } from '../../shared/programme/search';
import { loadBreakdown } from './searchLoadBreakdown';
import { folderBytes, peakRssBytes } from './processStats';

async function main(): Promise<void> {
  const [mode, workspacePath, queriesFile] = process.argv.slice(2);
  if (!mode || !workspacePath)
    throw new Error('usage: searchWorker <linear|build|indexed|shards|breakdown> <workspace> [queries.json]');
  const rounds = Number(process.env['BENCH_ROUNDS'] ?? 5);
  const queries = queriesFile ? (JSON.parse(readFileSync(queriesFile, 'utf8')) as string[]) : [];
  const sessions = new SessionStore(workspacePath);
  const transcripts = new TranscriptStore(sessions);
  const index = new WorkspaceSearchIndex({
    sessions,
    transcripts,
    indexFolder: searchIndexFolder(workspacePath),
    // 'shards': the start as it was before the snapshot (every shard file read and added again).
    snapshot: mode !== 'shards',
  });
  const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
    const start = performance.now();
    const result = await work();
    return [result, performance.now() - start];
  };

  if (mode === 'build') {
    const [report, buildMs] = await timed(() => index.rebuild());
    const bytes = await folderBytes(searchIndexFolder(workspacePath));
    console.log(JSON.stringify({ buildMs, bytes, ...report, ...index.size(), peakRssBytes: peakRssBytes() }));
    return;
  }
  const perQuery: Record<string, { ms: number[]; results: number }> = {};
  if (mode === 'linear') {
    // One round each: a round takes seconds.
    for (const text of queries) {
      const [found, ms] = await timed(async () =>
        searchWorkspace(await loadSearchSources(sessions, transcripts), text),
      );
      perQuery[text] = { ms: [ms], results: found.results.length };
    }
    console.log(JSON.stringify({ perQuery, peakRssBytes: peakRssBytes() }));
    return;
  }
  if (mode === 'breakdown') {
    console.log(JSON.stringify(await loadBreakdown(searchIndexFolder(workspacePath))));
    return;
  }
  // A cold start: a new index, and a query at once (it waits for the index to load).
  const [[report, first], firstQueryMs] = await timed(async () => {
    const refreshed = await index.refresh();
    return [refreshed, await index.query(queries[0] ?? 'x')] as const;
  });
  const [, loadMs] = await timed(() => index.refresh());
  for (let round = 0; round < rounds; round += 1) {
    for (const text of queries) {
      const [found, ms] = await timed(() => index.query(text));
      const entry = perQuery[text] ?? { ms: [], results: found.results.length };
      entry.ms.push(ms);
      perQuery[text] = entry;
    }
  }
  console.log(
    JSON.stringify({
      firstQueryMs,
      firstResults: first.results.length,
      loadMs,
      ...report,
      perQuery,
      peakRssBytes: peakRssBytes(),
      heapUsedBytes: process.memoryUsage().heapUsed,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
