import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../../electron/engine/engine';
import { sessionFile } from '../../../../electron/engine/workspace/paths';
import { SessionStore } from '../../../../electron/engine/workspace/sessionStore';
import { sessionSchema } from '../../../../shared/model/session';

const root = mkdtempSync(path.join(os.tmpdir(), 'guftagu-crash-'));
const workspacePath = path.join(root, 'workspace');
const saveLoop = path.resolve('test/support/saveLoop.ts');

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Starts the save loop and kills it with SIGKILL after it has saved `afterSaves` times plus a random delay. */
function killMidSave(sessionId: string, afterSaves: number): Promise<number> {
  return new Promise((resolve, reject) => {
    // Plain node with tsx's loader: one process, so SIGKILL really kills the writer.
    const child = spawn(process.execPath, ['--import', 'tsx', saveLoop, workspacePath, sessionId], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let saves = 0;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      saves += (chunk.toString().match(/saved/g) ?? []).length;
      if (saves >= afterSaves && !child.killed) setTimeout(() => child.kill('SIGKILL'), Math.random() * 40);
    });
    child.once('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve(saves) : reject(new Error(`save loop ended with ${code}: ${stderr}`)),
    );
  });
}

describe('a process killed in the middle of a save', () => {
  it('leaves the last good session.json readable, and the app opens it', async () => {
    const store = new SessionStore(workspacePath);
    const { id } = await store.create('Crash test دیکھیں');
    const file = sessionFile(workspacePath, id);

    for (let attempt = 0; attempt < 6; attempt += 1) {
      const saves = await killMidSave(id, 2 + attempt);
      expect(saves).toBeGreaterThanOrEqual(2);
      const text = readFileSync(file, 'utf8');
      expect(text.length).toBeGreaterThan(0);
      const session = sessionSchema.parse(JSON.parse(text));
      expect(session.notes.startsWith('round ')).toBe(true);
      expect(session.title).toBe('Crash test دیکھیں');
    }

    // The killed writer's lock is stale: the next save goes through.
    const after = await store.update(id, (session) => {
      session.notes = 'after the crash';
    });
    expect(after.notes).toBe('after the crash');

    const engine = await createEngine({ workspacePath, configDir: path.join(root, 'config') });
    try {
      const listed = await engine.api['sessions.list']({});
      expect(listed.find((summary) => summary.id === id)?.state).toBe('ok');
      const view = await engine.api['sessions.get']({ sessionId: id });
      expect(view.session.notes).toBe('after the crash');
    } finally {
      await engine.close();
    }
  });
});
