import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeFolder } from '../workspace/makeFolder';
import { processOwnerSchema, type ProcessOwner } from '../../../shared/model/clips';
import { currentOwner, isOwnerGone } from './processOwner';

/** A job's temp folder inside the workspace or an export folder: `.job-<jobId>`. */
export const JOB_FOLDER_PREFIX = '.job-';
/** Temp folders in the OS temp folder that Guftagu makes (and so may sweep). */
export const TEMP_FOLDER_PREFIXES = ['guftagu-transcribe-', 'guftagu-shaper-'] as const;
export type TempFolderPrefix = (typeof TEMP_FOLDER_PREFIXES)[number];

/** Inside every job folder: who made it. The sweep removes a folder only when that process is gone. */
export const OWNER_FILE = '.owner.json';
/** A folder with no owner file (made before owner files, or cut short while being made) counts as left
 * over once it is this old. */
export const UNOWNED_AGE_LIMIT_MS = 24 * 60 * 60 * 1000;

/** Makes `<parent>/.job-<jobId>` and writes this process into it as its owner. */
export async function makeJobFolder(parent: string, jobId: string): Promise<string> {
  const folder = path.join(parent, `${JOB_FOLDER_PREFIX}${jobId}`);
  await makeFolder(folder);
  await writeOwner(folder);
  return folder;
}

/** Makes a fresh folder in the OS temp folder (`guftagu-transcribe-XXXXXX`) owned by this process. */
export async function makeTempFolder(prefix: TempFolderPrefix): Promise<string> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  await writeOwner(folder);
  return folder;
}

async function writeOwner(folder: string): Promise<void> {
  await fs.writeFile(path.join(folder, OWNER_FILE), JSON.stringify(currentOwner()));
}

/** What a left-over folder is: still in use, or left behind (and why). */
export type FolderVerdict = 'in-use' | 'owner-gone' | 'unowned-old';

export async function judgeFolder(folder: string, nowMs = Date.now()): Promise<FolderVerdict> {
  const owner = await readOwner(folder);
  if (owner) return isOwnerGone(owner) ? 'owner-gone' : 'in-use';
  const stat = await fs.stat(folder).catch(() => undefined);
  if (!stat) return 'in-use';
  return nowMs - stat.mtimeMs > UNOWNED_AGE_LIMIT_MS ? 'unowned-old' : 'in-use';
}

async function readOwner(folder: string): Promise<ProcessOwner | undefined> {
  try {
    const parsed = processOwnerSchema.safeParse(
      JSON.parse(await fs.readFile(path.join(folder, OWNER_FILE), 'utf8')),
    );
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export interface SweepResult {
  removed: string[];
  /** Folders that could not be removed, with the reason (logged by the caller). */
  failed: { folder: string; reason: string }[];
}

/**
 * Removes the job folders (`.job-*` directly inside each of `parents`) and Guftagu's OS temp folders whose
 * owner process has ended. Folders of a running Guftagu (another window, a CLI command) stay.
 */
export async function sweepLeftFolders(
  parents: readonly string[],
  options: { tempRoot?: string; nowMs?: number; removeEmptyParents?: ReadonlySet<string> } = {},
): Promise<SweepResult> {
  const result: SweepResult = { removed: [], failed: [] };
  const candidates: string[] = [];
  for (const parent of new Set(parents)) {
    for (const name of await namesIn(parent))
      if (name.startsWith(JOB_FOLDER_PREFIX)) candidates.push(path.join(parent, name));
  }
  const tempRoot = options.tempRoot ?? os.tmpdir();
  for (const name of await namesIn(tempRoot))
    if (TEMP_FOLDER_PREFIXES.some((prefix) => name.startsWith(prefix)))
      candidates.push(path.join(tempRoot, name));

  for (const folder of candidates) {
    const stat = await fs.lstat(folder).catch(() => undefined);
    if (!stat?.isDirectory()) continue;
    if ((await judgeFolder(folder, options.nowMs)) === 'in-use') continue;
    try {
      await fs.rm(folder, { recursive: true, force: true });
      result.removed.push(folder);
      const parent = path.dirname(folder);
      // A media folder that only held the killed import's job folder (rmdir refuses one that is not empty).
      if (options.removeEmptyParents?.has(parent)) await fs.rmdir(parent).catch(() => undefined);
    } catch (error) {
      result.failed.push({ folder, reason: (error as Error).message });
    }
  }
  return result;
}

async function namesIn(folder: string): Promise<string[]> {
  return fs.readdir(folder).catch(() => []);
}

/**
 * The folders of a workspace where jobs make `.job-*` folders: each session's transcripts/ and media
 * folders (`mediaFolders`, which an interrupted first import may leave empty).
 */
export async function workspaceJobParents(
  workspacePath: string,
): Promise<{ parents: string[]; mediaFolders: Set<string> }> {
  const sessionsFolder = path.join(workspacePath, 'sessions');
  const parents: string[] = [];
  const mediaFolders = new Set<string>();
  for (const sessionId of await namesIn(sessionsFolder)) {
    const sessionFolder = path.join(sessionsFolder, sessionId);
    parents.push(path.join(sessionFolder, 'transcripts'));
    const mediaRoot = path.join(sessionFolder, 'media');
    for (const mediaId of await namesIn(mediaRoot)) mediaFolders.add(path.join(mediaRoot, mediaId));
  }
  return { parents: [...parents, ...mediaFolders], mediaFolders };
}
