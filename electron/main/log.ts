import { createWriteStream, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const MAX_BYTES = 5 * 1024 * 1024;

export interface FileLog {
  /** Absolute path of the current log file. */
  path: string;
  log(line: string): void;
  close(): Promise<void>;
}

/** Appends timestamped lines to `<dir>/main.log`; at start, a log over 5 MB is kept as main.old.log. */
export function createFileLog(dir: string, echo: boolean): FileLog {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'main.log');
  try {
    if (statSync(path).size > MAX_BYTES) {
      const old = join(dir, 'main.old.log');
      rmSync(old, { force: true });
      renameSync(path, old);
    }
  } catch {
    // No log yet.
  }
  const stream = createWriteStream(path, { flags: 'a' });
  stream.on('error', () => {
    // A log that cannot be written must never take the app down.
  });
  return {
    path,
    log(line) {
      const stamped = `${new Date().toISOString()} ${line}`;
      if (echo) console.log(stamped);
      if (!stream.destroyed) stream.write(`${stamped}\n`);
    },
    close: () => new Promise((resolve) => stream.end(() => resolve())),
  };
}
