import { GuftaguError, toErrorInfo } from '../../shared/errors';

/** Prints an error the way every command does: message, hint, and the tool's output when there is one. */
export function printError(error: unknown): void {
  const info = error instanceof GuftaguError ? error.toInfo() : toErrorInfo(error);
  process.stderr.write(`Error: ${info.message}\n`);
  if (info.hint) process.stderr.write(`Hint: ${info.hint}\n`);
  if (info.details && info.code !== 'internal') process.stderr.write(`Details:\n${indent(info.details)}\n`);
}

export const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');

export function printTable(rows: string[][]): void {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => [...(row[column] ?? '')].length))) ?? [];
  for (const row of rows) {
    process.stdout.write(
      `${row
        .map((cell, column) => cell + ' '.repeat(Math.max(0, (widths[column] ?? 0) - [...cell].length)))
        .join('  ')
        .trimEnd()}\n`,
    );
  }
}
