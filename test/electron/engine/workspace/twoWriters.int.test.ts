import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SessionStore } from '../../../../electron/engine/workspace/sessionStore';

const root = mkdtempSync(path.join(os.tmpdir(), 'guftagu-writers-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function runWriter(sessionId: string, tag: string, count: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.resolve('test/support/appendLoop.ts'), root, sessionId, tag, String(count)],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`writer ${tag} failed: ${stderr}`)),
    );
  });
}

describe('two processes writing the same session', () => {
  it('keeps every change from both', async () => {
    const store = new SessionStore(root);
    const { id } = await store.create('Two writers');
    const count = 25;
    await Promise.all([runWriter(id, 'A', count), runWriter(id, 'B', count)]);
    const session = await store.get(id);
    const lines = session.notes.trim().split('\n');
    expect(lines).toHaveLength(count * 2);
    for (let index = 0; index < count; index += 1) {
      expect(lines).toContain(`A${index}`);
      expect(lines).toContain(`B${index}`);
    }
    expect(session.revision).toBe(count * 2);
  });
});
