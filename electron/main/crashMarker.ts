import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const CRASH_MARKER_NAME = 'running.lock';

export interface RunMarker {
  /** True when the last run left its marker behind: it crashed or was killed. */
  previousRunCrashed: boolean;
  /** Removes the marker; call only after a clean shutdown. */
  end(): void;
}

/** Notes that the app is running (a file in userData, removed on a clean quit). */
export function beginRun(userDataPath: string, log: (line: string) => void = () => {}): RunMarker {
  const file = join(userDataPath, CRASH_MARKER_NAME);
  const previousRunCrashed = existsSync(file);
  try {
    writeFileSync(file, `${JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() })}\n`);
  } catch (error) {
    log(`crash marker: cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return {
    previousRunCrashed,
    end: () => {
      try {
        rmSync(file, { force: true });
      } catch (error) {
        log(`crash marker: cannot remove ${file}: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}
