import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Why a program cannot be started, or undefined when it can: a path must name an executable regular file;
 * a bare name must be found on PATH. The watchdog shell would only say "not found" with exit code 127, so
 * runProcess asks first and reports 'tool-missing' with this reason. Synchronous (a stat or two), so the
 * program starts in the same turn as before.
 */
export function whyNotExecutable(binary: string, searchPath = process.env['PATH'] ?? ''): string | undefined {
  if (binary.includes('/') || binary.includes(path.sep)) return problemWithFile(binary);
  for (const folder of searchPath.split(path.delimiter).filter(Boolean)) {
    if (problemWithFile(path.join(folder, binary)) === undefined) return undefined;
  }
  return `${binary} was not found on PATH`;
}

function problemWithFile(filePath: string): string | undefined {
  try {
    if (!statSync(filePath).isFile()) return `${filePath} is not a program file`;
    accessSync(filePath, constants.X_OK);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return `ENOENT: no such file ${filePath}`;
    if (code === 'EACCES') return `EACCES: ${filePath} is not executable`;
    return (error as Error).message;
  }
}
