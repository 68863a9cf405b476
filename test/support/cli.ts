import { execFile } from 'node:child_process';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '../..');
const bin = path.join(repoRoot, 'bin', 'guftagu.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/guftagu.js …` as a user would, with its own config folder and no inherited workspace. */
export function runCli(
  configDir: string,
  args: string[],
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, GUFTAGU_CONFIG_DIR: configDir, ...extraEnv };
  delete env['GUFTAGU_WORKSPACE'];
  if (!('GUFTAGU_MODELS' in extraEnv)) delete env['GUFTAGU_MODELS'];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd: repoRoot, env, timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
