// npm run bench: workspace search on a generated workspace of 150 sessions × 3 recordings × 20 minutes
// (an Urdu and an English track with word times): the indexed search.query against the linear scan it
// replaced, measured in the same run, each in its own process for an honest peak memory; the time to the
// first query after a cold start (from the workspace snapshot, and adding every shard as before it), with
// where loading goes; then the time and size of a full index build. Prints numbers; asserts nothing. BENCH_SEARCH_SESSIONS shrinks it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { median } from './median';
import type { LoadBreakdown } from './searchLoadBreakdown';
import { writeSearchWorkspace } from './searchWorkspace';

const SESSIONS = Number(process.env['BENCH_SEARCH_SESSIONS'] ?? 150);

/** Queries as people type them: common and rare words, Arabic-keyboard spellings, prefixes, names. */
const queries = ['برداشت', 'tolerance', 'social media', 'پاكستان كي', 'تعلیم', 'Zainab', 'educ', 'امن'];
/** The linear scan takes seconds a query: it runs these only. */
const linearQueries = ['برداشت', 'tolerance', 'social media'];

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

function worker(args: string[]): Record<string, unknown> {
  const tsx = path.join('node_modules', '.bin', 'tsx');
  const out = execFileSync(tsx, [path.join('scripts', 'bench', 'searchWorker.ts'), ...args], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;
}

type PerQuery = Record<string, { ms: number[]; results: number }>;

function main(): void {
  const root = mkdtempSync(path.join(os.tmpdir(), 'guftagu-bench-search-'));
  const workspacePath = path.join(root, 'workspace');
  try {
    const start = performance.now();
    const written = writeSearchWorkspace(workspacePath, {
      sessions: SESSIONS,
      recordingsPerSession: 3,
      minutesPerRecording: 20,
    });
    console.log(
      `Workspace: ${written.sessions} sessions, ${written.recordings} recordings × 20 min, ${written.cues} cues ` +
        `(Urdu + English), ${written.words} words, ${mib(written.bytes)} of JSON (written in ${((performance.now() - start) / 1000).toFixed(0)} s)`,
    );
    const queriesFile = path.join(root, 'queries.json');
    const linearFile = path.join(root, 'linear.json');
    writeFileSync(queriesFile, JSON.stringify(queries));
    writeFileSync(linearFile, JSON.stringify(linearQueries));

    const build = worker(['build', workspacePath]);
    const breakdown = worker(['breakdown', workspacePath]) as unknown as LoadBreakdown;
    const cold = worker(['shards', workspacePath, queriesFile]);
    const indexed = worker(['indexed', workspacePath, queriesFile]);
    const linear = worker(['linear', workspacePath, linearFile]);
    const indexedPer = indexed['perQuery'] as PerQuery;
    const linearPer = linear['perQuery'] as PerQuery;

    console.log('\nSearch, per query (indexed: median of rounds; linear scan: one run):');
    for (const text of queries) {
      const fast = indexedPer[text];
      const slow = linearPer[text];
      console.log(
        `  ${text.padEnd(14)} indexed ${median(fast?.ms ?? [])
          .toFixed(1)
          .padStart(7)} ms (${fast?.results ?? 0} results)` +
          (slow ? `   linear ${slow.ms[0]?.toFixed(0).padStart(6)} ms (${slow.results} results)` : ''),
      );
    }
    const indexedAll = queries.flatMap((text) => indexedPer[text]?.ms ?? []);
    const indexedSame = linearQueries.flatMap((text) => indexedPer[text]?.ms ?? []);
    const linearAll = linearQueries.flatMap((text) => linearPer[text]?.ms ?? []);
    const ratio = median(linearAll) / median(indexedSame);
    console.log('\nSearch summary:');
    console.log(
      `  indexed search.query, median of every query:    ${median(indexedAll).toFixed(1)} ms (target ≤ 100 ms)`,
    );
    console.log(`  linear scan (before the index), median:         ${median(linearAll).toFixed(0)} ms`);
    console.log(
      `  indexed vs linear on the same queries:          ${ratio.toFixed(0)}× faster (target ≥ 50×)`,
    );
    console.log(
      `  full index build: ${(Number(build['buildMs']) / 1000).toFixed(1)} s for ${String(build['entries'])} entries in ` +
        `${String(build['sessions'])} shards, ${mib(Number(build['bytes']))} on disk; peak memory ${mib(Number(build['peakRssBytes']))}`,
    );
    const firstMs = Number(indexed['firstQueryMs']);
    const firstShardsMs = Number(cold['firstQueryMs']);
    console.log(
      `  time to first query after a cold start ("${queries[0]}", ${String(indexed['firstResults'])} results): ` +
        `${firstMs.toFixed(0)} ms from the snapshot (${String(indexed['fromSnapshot'] ?? '?')} sessions), ` +
        `${firstShardsMs.toFixed(0)} ms adding every shard (before) = ${(firstShardsMs / firstMs).toFixed(1)}× faster; ` +
        `${(median(linearAll) / firstMs).toFixed(1)}× faster than one linear-scan query`,
    );
    const { shards, snapshot } = breakdown;
    console.log(
      `  loading, where it goes: shards (${shards.entries} entries): read ${shards.readMs.toFixed(0)} ms, ` +
        `SHA-256 ${shards.sha256Ms.toFixed(0)} ms, JSON.parse ${shards.parseMs.toFixed(0)} ms, ` +
        `MiniSearch.addAll ${shards.addAllMs.toFixed(0)} ms; snapshot (${mib(snapshot.bytes)}): ` +
        `read + SHA-256 ${snapshot.readAndCheckMs.toFixed(0)} ms, decode ${snapshot.decodeMs.toFixed(0)} ms ` +
        `(MiniSearch's own JSON of it: ${mib(snapshot.jsonBytes)}, loadJSON ${snapshot.loadJsonMs.toFixed(0)} ms)`,
    );
    console.log(
      `  engine peak memory during search: indexed ${mib(Number(indexed['peakRssBytes']))} ` +
        `(heap ${mib(Number(indexed['heapUsedBytes']))}); started without the snapshot ${mib(Number(cold['peakRssBytes']))}; ` +
        `linear scan ${mib(Number(linear['peakRssBytes']))}`,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main();
