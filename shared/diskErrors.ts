/**
 * The one policy for disk problems: which system error codes (and which words in a tool's output) mean a
 * full, read-only or denied disk, and how each is told to the person (a message and what to do).
 */
export const diskProblems = ['disk-full', 'read-only', 'permission-denied'] as const;
export type DiskProblem = (typeof diskProblems)[number];

const byErrno: Readonly<Record<string, DiskProblem>> = {
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EROFS: 'read-only',
  EACCES: 'permission-denied',
  EPERM: 'permission-denied',
};

/** The disk problem a system error code (ENOSPC, EROFS, EACCES, …) stands for, if any. */
export function diskProblemOfErrno(code: unknown): DiskProblem | undefined {
  return typeof code === 'string' ? byErrno[code] : undefined;
}

/** Words ffmpeg and whisper.cpp (through the C library) print for the same problems. */
const toolWords: ReadonlyArray<readonly [RegExp, DiskProblem]> = [
  [/No space left on device|Disk quota exceeded/i, 'disk-full'],
  [/Read-only file system/i, 'read-only'],
  [/Permission denied|Operation not permitted/i, 'permission-denied'],
];

/** The disk problem a tool's error output names, if any. */
export function diskProblemInToolOutput(output: string): DiskProblem | undefined {
  return toolWords.find(([words]) => words.test(output))?.[1];
}

export interface DiskErrorWords {
  code: DiskProblem;
  message: string;
  hint: string;
}

/** What failed, from the system call that failed: reading, opening or writing a file. */
export function failedAction(syscall: unknown): 'read' | 'opened' | 'written' {
  if (syscall === 'open' || syscall === 'copyfile') return 'opened';
  return typeof syscall === 'string' && readCalls.has(syscall) ? 'read' : 'written';
}
const readCalls = new Set(['read', 'scandir', 'readdir', 'stat', 'lstat', 'fstat', 'access', 'readlink']);

const fileName = (filePath: string) => filePath.split(/[\\/]/).filter(Boolean).at(-1) ?? filePath;
const folderOf = (filePath: string) => {
  const cut = Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\'));
  return cut > 0 ? filePath.slice(0, cut) : filePath;
};

/**
 * The message and hint for a disk problem met while writing `filePath`. `what` says what failed in the
 * person's words ("session.json could not be saved", "The sound could not be extracted"); without it the
 * file is named. `keptNote` is added when the previous copy is known to be intact.
 */
export function diskErrorWords(
  problem: DiskProblem,
  options: { filePath?: string; what?: string; action?: 'read' | 'opened' | 'written'; keptNote?: string },
): DiskErrorWords {
  const action = options.action ?? 'written';
  const what =
    options.what ??
    (options.filePath === undefined
      ? `It could not be ${action}`
      : `${fileName(options.filePath)} could not be ${action}`);
  const kept = options.keptNote ? ` ${options.keptNote}` : '';
  const folder = options.filePath === undefined ? 'the folder' : folderOf(options.filePath);
  switch (problem) {
    case 'disk-full':
      return {
        code: problem,
        message: `${what}: the disk is full.${kept}`,
        hint: 'Free some space on the disk (or move the workspace to another disk), then try again.',
      };
    case 'read-only':
      return {
        code: problem,
        message: `${what}: the disk is read-only.${kept}`,
        hint: `Make ${folder} writable (or remount the disk read-write), or choose another folder.`,
      };
    case 'permission-denied':
      return {
        code: problem,
        message: `${what}: permission was denied.${kept}`,
        hint: `Give your user access to ${folder} (read and write), or choose another folder.`,
      };
  }
}
