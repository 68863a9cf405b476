import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';

const MAX_LOG_BYTES = 5 * 1024 * 1024;
const KEEP_FILES = 3;

/**
 * A rotating log file (guftagu.log, .1, .2): every ffmpeg and whisper command line goes here, so a
 * user can paste it into a terminal or a bug report.
 */
export function createFileLogger(folder: string): (line: string) => void {
  const file = path.join(folder, 'guftagu.log');
  let ready = false;
  return (line: string) => {
    try {
      if (!ready) {
        mkdirSync(folder, { recursive: true });
        ready = true;
      }
      rotateIfLarge(file);
      appendFileSync(file, `${new Date().toISOString()} ${line}\n`);
    } catch {
      // Logging must never break the work it describes.
    }
  };
}

function rotateIfLarge(file: string): void {
  const size = (() => {
    try {
      return statSync(file).size;
    } catch {
      return 0;
    }
  })();
  if (size < MAX_LOG_BYTES) return;
  for (let index = KEEP_FILES - 1; index >= 1; index -= 1) {
    try {
      renameSync(index === 1 ? file : `${file}.${index - 1}`, `${file}.${index}`);
    } catch {
      // missing generation
    }
  }
}
