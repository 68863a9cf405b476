/** Quotes arguments so a logged command can be pasted into a POSIX shell and run as is. */
export function quoteArgument(argument: string): string {
  if (argument === '') return "''";
  if (/^[\w@%+=:,./-]+$/.test(argument)) return argument;
  return `'${argument.replace(/'/g, `'\\''`)}'`;
}

export function formatCommandLine(binary: string, args: readonly string[]): string {
  return [binary, ...args].map(quoteArgument).join(' ');
}
