import { resolve } from 'node:path';
import { isGuftaguFileName } from './guftaguFile';

/**
 * `--workspace <path>` or `--workspace=<path>` on the command line, as for the CLI. Undefined lets the
 * engine choose (GUFTAGU_WORKSPACE, then the saved setting, then ~/Guftagu).
 */
export function workspaceFromArgs(argv: readonly string[]): string | undefined {
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg.startsWith('--workspace=')) return nonEmpty(arg.slice('--workspace='.length));
    if (arg === '--workspace') return nonEmpty(argv[index + 1]);
  }
  return undefined;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

/** What a command line asks the app to open: a workspace (`--workspace`) and/or `.guftagu` files. */
export interface OpenRequest {
  workspace?: string;
  files: string[];
}

/**
 * Reads a command line: the first instance's `process.argv`, or the one a second instance passes on
 * (`second-instance`), whose relative paths are relative to that instance's working directory. Only
 * arguments ending in `.guftagu` count as files, so Electron's and Chromium's own switches, the app's
 * path and a development entry point (`.`) are ignored.
 */
export function openRequestFromArgs(argv: readonly string[], workingDirectory?: string): OpenRequest {
  const absolute = (value: string) =>
    workingDirectory === undefined ? resolve(value) : resolve(workingDirectory, value);
  const workspace = workspaceFromArgs(argv);
  const files: string[] = [];
  for (let index = 1; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--workspace') {
      index += 1;
      continue;
    }
    if (arg.startsWith('-') || !isGuftaguFileName(arg.trim())) continue;
    files.push(absolute(arg.trim()));
  }
  return { ...(workspace === undefined ? {} : { workspace: absolute(workspace) }), files };
}
