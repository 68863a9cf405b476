// npm run bench: the programme report over a generated workspace of 200 sessions and 5,000
// participants (smaller: BENCH_REPORT_SESSIONS, BENCH_REPORT_PARTICIPANTS), each against a plain baseline measured in the same run (rounds interleaved, medians):
// (a) reports.get through createEngine (reads and validates every session.json, then computeReport)
//     vs plain readFile + JSON.parse of the same files and a count of their participants;
// (b) computeReport in memory vs a plain loop over the same sessions tallying participants by gender and
//     history entries by kind (what any report must at least walk). Prints numbers and ratios; asserts nothing.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createEngine } from '../../electron/engine/engine';
import { writeFileAtomic } from '../../electron/engine/workspace/atomicWrite';
import { sessionFile, sessionFolder } from '../../electron/engine/workspace/paths';
import { computeReport } from '../../shared/programme/report';
import { generateWorkspace } from '../support/generateWorkspace';
import type { Session } from '../../shared/model/session';
import { median } from './median';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);
const SESSIONS = Number(process.env['BENCH_REPORT_SESSIONS'] ?? 200);
const PARTICIPANTS = Number(process.env['BENCH_REPORT_PARTICIPANTS'] ?? 5000);

/** The baseline for reports.get: the same files read and parsed by hand, participants counted. */
async function plainReadAndCount(files: readonly string[]): Promise<number> {
  let participants = 0;
  for (const file of files) {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as { participants?: unknown[] };
    participants += parsed.participants?.length ?? 0;
  }
  return participants;
}

/** The baseline for computeReport: one plain walk tallying participants by gender and history by kind. */
function plainWalk(sessions: readonly Session[]): Map<string, number> {
  const tally = new Map<string, number>();
  const add = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
  for (const session of sessions) {
    for (const participant of session.participants) add(participant.gender);
    for (const event of session.history) add(event.kind);
  }
  return tally;
}

const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}×`;

async function main(): Promise<void> {
  const { sessions, total } = generateWorkspace({ sessions: SESSIONS, participants: PARTICIPANTS });
  const root = mkdtempSync(path.join(os.tmpdir(), 'guftagu-bench-report-'));
  const workspacePath = path.join(root, 'workspace');
  try {
    let bytes = 0;
    for (const session of sessions) {
      mkdirSync(sessionFolder(workspacePath, session.id), { recursive: true });
      const text = `${JSON.stringify(session, null, 2)}\n`;
      bytes += Buffer.byteLength(text);
      await writeFileAtomic(sessionFile(workspacePath, session.id), text);
    }
    console.log(
      `Workspace: ${sessions.length} sessions, ${total.participants} participants, ` +
        `${total.clips} clip exports, ${(bytes / 1024 / 1024).toFixed(1)} MiB of session.json`,
    );

    const files = sessions.map((session) => sessionFile(workspacePath, session.id));
    const inMemory: number[] = [];
    const walk: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      let start = performance.now();
      plainWalk(sessions);
      walk.push(performance.now() - start);
      start = performance.now();
      computeReport(sessions, {});
      inMemory.push(performance.now() - start);
    }

    const engine = await createEngine({ workspacePath, configDir: path.join(root, 'config') });
    const viaApi: number[] = [];
    const plainRead: number[] = [];
    try {
      for (let round = 0; round < ROUNDS; round += 1) {
        let start = performance.now();
        const counted = await plainReadAndCount(files);
        plainRead.push(performance.now() - start);
        if (counted !== total.participants)
          throw new Error(`The baseline counted ${counted} participants, not ${total.participants}.`);
        start = performance.now();
        const report = await engine.api['reports.get']({});
        viaApi.push(performance.now() - start);
        if (round === 0)
          console.log(
            `reports.get saw ${report.sessions.total} sessions, ${report.participants.total} participants, ` +
              `${report.flags.length} flags, ${report.skipped.length} skipped`,
          );
      }
    } finally {
      await engine.close();
    }

    const ms = (values: number[]) => `${median(values).toFixed(1)} ms`;
    console.log(`\nProgramme report, median of ${ROUNDS}:`);
    console.log(`  (a) reports.get (read, validate, compute):           ${ms(viaApi)}`);
    console.log(`      baseline: readFile + JSON.parse + count:         ${ms(plainRead)}`);
    console.log(
      `      reports.get / baseline:                           ${ratio(median(viaApi), median(plainRead))}`,
    );
    console.log(`  (b) computeReport in memory:                         ${ms(inMemory)}`);
    console.log(`      baseline: one plain walk over the same sessions: ${ms(walk)}`);
    console.log(
      `      computeReport / baseline:                         ${ratio(median(inMemory), median(walk))}`,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
