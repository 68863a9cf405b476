import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { needs } from '../support/requirements';

const root = path.resolve(__dirname, '../..');
const builtCli = path.join(root, 'out', 'main', 'cli.js');
const temp = mkdtempSync(path.join(os.tmpdir(), 'guftagu-built-cli-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Runs the CLI that `npm run build` made with plain Node: no tsx, no TypeScript. */
const runBuilt = (...args: string[]) =>
  execFileSync(process.execPath, [builtCli, ...args], {
    env: { ...process.env, GUFTAGU_CONFIG_DIR: path.join(temp, 'config') },
    encoding: 'utf8',
  });

describe.runIf(
  needs(`the built CLI at ${builtCli} (npm run build; npm test builds first)`, existsSync(builtCli)),
)('the CLI built to JavaScript (out/main/cli.js)', () => {
  it('needs nothing that only a checkout has', () => {
    const required = [...readFileSync(builtCli, 'utf8').matchAll(/require\("([^"]+)"\)/g)].map(
      (match) => match[1] ?? '',
    );
    expect(required.filter((name) => name === 'tsx' || name.endsWith('.ts'))).toEqual([]);
  });

  it('prints its version and creates and lists a session', () => {
    const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(runBuilt('--version').trim()).toBe(packageJson.version);
    const workspace = path.join(temp, 'workspace');
    expect(runBuilt('session', 'create', 'Built کراچی', '-w', workspace)).toContain('Created session');
    expect(JSON.parse(runBuilt('session', 'list', '--json', '-w', workspace))).toMatchObject([
      { title: 'Built کراچی' },
    ]);
  });
});
