import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isZombie } from '../../../support/engine';

const runProcessModule = path.resolve(__dirname, '../../../../electron/engine/process/runProcess.ts');

function isGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return isZombie(pid);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

async function goneWithin(pid: number, limitMs: number): Promise<boolean> {
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline) {
    if (isGone(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return isGone(pid);
}

/** A Node process that runs `script` through runProcess and prints the tool's pid; resolves with both pids. */
async function parentRunning(toolScript: string): Promise<{ parentPid: number; toolPid: number }> {
  const program = [
    "require('tsx/cjs/api').register();",
    `const { runProcess } = require(${JSON.stringify(runProcessModule)});`,
    `runProcess({ binary: '/bin/sh', args: ['-c', ${JSON.stringify(toolScript)}], toolName: 'test tool',`,
    '  onStdoutLine: (line) => console.log(line) });',
  ].join('\n');
  const parent = spawn(process.execPath, ['-e', program], { stdio: ['ignore', 'pipe', 'inherit'] });
  const toolPid = await new Promise<number>((resolve, reject) => {
    parent.stdout.setEncoding('utf8');
    parent.stdout.once('data', (chunk: string) => resolve(Number(chunk.trim().split('\n')[0])));
    parent.once('exit', (code) => reject(new Error(`the parent exited early (${String(code)})`)));
  });
  if (parent.pid === undefined) throw new Error('no parent pid');
  return { parentPid: parent.pid, toolPid };
}

describe('a tool started through runProcess does not outlive its parent', () => {
  it('ends within 5 s of the parent being killed with SIGKILL', async () => {
    const { parentPid, toolPid } = await parentRunning('echo $$; exec sleep 120');
    expect(isGone(toolPid)).toBe(false);
    process.kill(parentPid, 'SIGKILL');
    expect(await goneWithin(toolPid, 5000)).toBe(true);
  });

  it('ends within 5 s even when the tool ignores SIGTERM (the watchdog follows with SIGKILL)', async () => {
    const { parentPid, toolPid } = await parentRunning(`trap '' TERM; echo $$; while :; do sleep 1; done`);
    process.kill(parentPid, 'SIGKILL');
    expect(await goneWithin(toolPid, 5000)).toBe(true);
  });
});
