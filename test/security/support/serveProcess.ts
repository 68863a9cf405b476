import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '../../..');

export interface ServeProcess {
  child: ChildProcess;
  port: number;
  url: string;
  token: string;
  root: string;
  workspace: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** True while the process has not exited. */
  alive(): boolean;
  stop(): Promise<void>;
}

/**
 * The real browser-mode entry point (`electron/server/start.ts`, what `npm run serve` runs after building
 * the page) in its own process, on a free loopback port: a finding that kills the server kills this
 * process, which the tests can see.
 */
export async function startServeProcess(env: Record<string, string> = {}): Promise<ServeProcess> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'guftagu-security-'));
  const workspace = path.join(root, 'workspace');
  const token = 'security-suite-token-0123456789abcdef';
  const child = spawn(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'),
      'electron/server/start.ts',
      '--workspace',
      workspace,
    ],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        GUFTAGU_PORT: '0',
        GUFTAGU_TOKEN: token,
        GUFTAGU_CONFIG_DIR: path.join(root, 'config'),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  let exited = false;
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.on('exit', () => (exited = true));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${output}`)), 60_000);
    const check = () => {
      const match = /Open: http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      } else if (exited) {
        clearTimeout(timer);
        reject(new Error(`the server exited at start:\n${output}`));
      } else setTimeout(check, 50);
    };
    check();
  });
  return {
    child,
    port,
    url: `http://127.0.0.1:${port}`,
    token,
    root,
    workspace,
    output: () => output,
    alive: () => !exited,
    stop: async () => {
      if (!exited) {
        const done = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 10_000))]);
        if (!exited) child.kill('SIGKILL');
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}
