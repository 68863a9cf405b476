import { GuftaguError, toErrorInfo, type ErrorInfo } from '../../shared/errors';

let verbose = false;

/** `--verbose`: failures also print their details (the tool's output, a stack trace). */
export function setVerbose(on: boolean): void {
  verbose = on;
}

/** Prints an error the way every command does: message and hint; the details only under --verbose. */
export function printError(error: unknown, label?: string): void {
  printErrorInfo(error instanceof GuftaguError ? error.toInfo() : toErrorInfo(error), label);
}

export function printErrorInfo(info: ErrorInfo, label?: string): void {
  process.stderr.write(`Error: ${label ? `${label}: ` : ''}${info.message}\n`);
  if (info.hint) process.stderr.write(`Hint: ${info.hint}\n`);
  if (!info.details) return;
  if (verbose) process.stderr.write(`Details:\n${indent(info.details)}\n`);
  else process.stderr.write('(Run again with --verbose to see the details.)\n');
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
