// npm run bench: the programme report over a generated workspace of 200 sessions and 5,000
// participants: (a) computeReport in memory, (b) the API path reports.get through createEngine, which
// reads and validates every session.json from disk. Prints numbers; asserts nothing.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createEngine } from '../../electron/engine/engine';
import { writeFileAtomic } from '../../electron/engine/workspace/atomicWrite';
import { sessionFile, sessionFolder } from '../../electron/engine/workspace/paths';
import { computeReport } from '../../shared/programme/report';
import { generateWorkspace } from '../../test/support/generateWorkspace';
import { median } from './median';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);

async function main(): Promise<void> {
  const { sessions, total } = generateWorkspace();
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

    const inMemory: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const start = performance.now();
      computeReport(sessions, {});
      inMemory.push(performance.now() - start);
    }

    const engine = await createEngine({ workspacePath, configDir: path.join(root, 'config') });
    const viaApi: number[] = [];
    try {
      for (let round = 0; round < ROUNDS; round += 1) {
        const start = performance.now();
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

    console.log(`\nProgramme report, median of ${ROUNDS}:`);
    console.log(`  computeReport in memory:               ${median(inMemory).toFixed(1)} ms`);
    console.log(`  reports.get (read every session.json): ${median(viaApi).toFixed(1)} ms`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
