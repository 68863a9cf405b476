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
