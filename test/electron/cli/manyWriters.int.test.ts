import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SessionStore } from '../../../electron/engine/workspace/sessionStore';
import { runCli } from '../../support/cli';

// Issue 12: 20 parallel `guftagu participant add` on one session lost participants while every command
// exited 0. Here 20 real processes add at the same moment, round after round; nothing may be lost and
// every participant number must be unique.
const PROCESSES = 20;
const ROUNDS = 10;

const root = mkdtempSync(path.join(os.tmpdir(), 'guftagu-many-writers-'));
const configDir = path.join(root, 'config');
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Worker {
  child: ChildProcessWithoutNullStreams;
  lines: string[];
  stderr: string;
  waiters: Array<() => void>;
}

function startWorker(workspace: string, sessionId: string, tag: string): Worker {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.resolve('test/support/participantAddWorker.ts'), workspace, sessionId, tag],
    { env: { ...process.env, GUFTAGU_CONFIG_DIR: configDir } },
  );
  const worker: Worker = { child, lines: [], stderr: '', waiters: [] };
  let pending = '';
  child.stdout.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const complete = pending.split('\n');
    pending = complete.pop() ?? '';
    worker.lines.push(...complete);
    for (const wake of worker.waiters.splice(0)) wake();
  });
  child.stderr.on('data', (chunk: Buffer) => (worker.stderr += chunk.toString()));
  child.once('exit', () => {
    for (const wake of worker.waiters.splice(0)) wake();
  });
  return worker;
}

async function waitForLine(worker: Worker, line: string): Promise<void> {
  while (!worker.lines.includes(line)) {
    if (worker.child.exitCode !== null) throw new Error(`worker exited early: ${worker.stderr}`);
    await new Promise<void>((resolve) => worker.waiters.push(resolve));
  }
}

describe('many processes adding participants to one session', () => {
  it(`keeps all ${PROCESSES * ROUNDS} participants from ${PROCESSES} processes over ${ROUNDS} rounds, numbers unique`, async () => {
    const workspace = path.join(root, 'workspace');
    const store = new SessionStore(workspace);
    const { id } = await store.create('Many writers');
    const workers = Array.from({ length: PROCESSES }, (_, index) => startWorker(workspace, id, `w${index}`));
    try {
      await Promise.all(workers.map((worker) => waitForLine(worker, 'ready')));
      for (let round = 1; round <= ROUNDS; round += 1) {
        // Every process starts its command at the same moment.
        for (const worker of workers) worker.child.stdin.write(`go ${round}\n`);
        await Promise.all(workers.map((worker) => waitForLine(worker, `done ${round} 0`).catch(() => {})));
        for (const worker of workers)
          expect(worker.lines, `round ${round}: ${worker.stderr}`).toContain(`done ${round} 0`);
      }
    } finally {
      for (const worker of workers) worker.child.stdin.end();
    }
    const session = await store.get(id);
    const names = session.participants.map((participant) => participant.name);
    expect(names).toHaveLength(PROCESSES * ROUNDS);
    expect(new Set(names).size).toBe(PROCESSES * ROUNDS);
    const numbers = session.participants.map((participant) => participant.number);
    expect(new Set(numbers).size).toBe(PROCESSES * ROUNDS);
    // What each command printed is what was kept: no two processes were told the same number.
    const told = workers.flatMap((worker) =>
      worker.lines.flatMap((line) => /as Participant (\d+) /.exec(line)?.[1] ?? []),
    );
    expect(told).toHaveLength(PROCESSES * ROUNDS);
    expect(new Set(told).size).toBe(PROCESSES * ROUNDS);
    expect(session.revision).toBe(PROCESSES * ROUNDS);
    // No lock or temp file is left beside the session.
    expect(
      readdirSync(store.folder(id)).filter((name) => name !== 'session.json' && name !== '.backups'),
    ).toEqual([]);
  });

  it(`keeps every participant when ${PROCESSES} real guftagu commands run at once`, async () => {
    const workspace = path.join(root, 'workspace-cli');
    const store = new SessionStore(workspace);
    const { id } = await store.create('Many commands');
    const results = await Promise.all(
      Array.from({ length: PROCESSES }, (_, index) =>
        runCli(configDir, [
          'participant',
          'add',
          id,
          '--name',
          `c${index}`,
          '--gender',
          'man',
          '-w',
          workspace,
        ]),
      ),
    );
    for (const result of results) expect(result.code, result.stderr).toBe(0);
    const session = await store.get(id);
    expect(session.participants).toHaveLength(PROCESSES);
    expect(new Set(session.participants.map((participant) => participant.number)).size).toBe(PROCESSES);
  });
});
