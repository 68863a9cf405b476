import { constants, promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * Why a program cannot be started, or undefined when it can: a path must name an executable regular file;
 * a bare name must be found on PATH. The watchdog shell would only say "not found" with exit code 127, so
 * runProcess asks first and reports 'tool-missing' with this reason.
 */
export async function whyNotExecutable(
  binary: string,
  searchPath = process.env['PATH'] ?? '',
): Promise<string | undefined> {
  if (binary.includes('/') || binary.includes(path.sep)) return problemWithFile(binary);
  for (const folder of searchPath.split(path.delimiter).filter(Boolean)) {
    if ((await problemWithFile(path.join(folder, binary))) === undefined) return undefined;
  }
  return `${binary} was not found on PATH`;
}

async function problemWithFile(filePath: string): Promise<string | undefined> {
  try {
    const stat = await fs.stat(filePath);
    if (!stat.isFile()) return `${filePath} is not a program file`;
    await fs.access(filePath, constants.X_OK);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return `ENOENT: no such file ${filePath}`;
    if (code === 'EACCES') return `EACCES: ${filePath} is not executable`;
    return (error as Error).message;
  }
}
