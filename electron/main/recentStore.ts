import { statSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { toErrorInfo } from '../../shared/errors';
import { writeFileAtomic } from '../engine/workspace/atomicWrite';
import { addRecent, cleanRecent, removeRecent } from './recentWorkspaces';

export const RECENT_WORKSPACES_FILE = 'recent-workspaces.json';

const storedSchema = z.object({ version: z.literal(1), workspaces: z.array(z.unknown()) });

/** True for an existing folder; never throws (an unplugged drive or a denied folder is "missing"). */
export function isExistingFolder(folder: string): boolean {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

export interface RecentStoreOptions {
  /** The JSON file, in userData. */
  file: string;
  platform?: NodeJS.Platform;
  isFolder?: (folder: string) => boolean;
  log?: (line: string) => void;
}

/**
 * The recently opened workspaces, most recent first, kept in a small JSON file written atomically.
 * Reading a missing or corrupt file gives an empty list; a failed write is logged. Nothing here throws.
 */
export class RecentWorkspaceStore {
  private entries: string[] = [];
  private writing: Promise<void> = Promise.resolve();
  private readonly platform: NodeJS.Platform;
  private readonly isFolder: (folder: string) => boolean;
  private readonly log: (line: string) => void;

  constructor(private readonly options: RecentStoreOptions) {
    this.platform = options.platform ?? process.platform;
    this.isFolder = options.isFolder ?? isExistingFolder;
    this.log = options.log ?? (() => {});
  }

  /** Reads the file (once, at start). */
  async load(): Promise<string[]> {
    this.entries = await readRecentFile(this.options.file, this.isFolder, this.platform, this.log);
    return this.list();
  }

  /** The list without folders that have disappeared since (a pruned list is saved on the next change). */
  list(): string[] {
    this.entries = this.entries.filter((folder) => this.isFolder(folder));
    return [...this.entries];
  }

  add(folder: string): Promise<void> {
    return this.replace(addRecent(this.list(), folder, this.platform));
  }

  remove(folder: string): Promise<void> {
    return this.replace(removeRecent(this.entries, folder, this.platform));
  }

  clear(): Promise<void> {
    return this.replace([]);
  }

  /** Resolves when every write asked for so far has finished. */
  flushed(): Promise<void> {
    return this.writing;
  }

  private replace(next: string[]): Promise<void> {
    this.entries = next;
    const content = `${JSON.stringify({ version: 1, workspaces: next }, null, 2)}\n`;
    // One write at a time, in order, so the file ends with the latest list.
    this.writing = this.writing.then(() => this.write(content));
    return this.writing;
  }

  private async write(content: string): Promise<void> {
    try {
      await mkdir(path.dirname(this.options.file), { recursive: true });
      await writeFileAtomic(this.options.file, content);
    } catch (error) {
      this.log(`recent workspaces: cannot save ${this.options.file}: ${toErrorInfo(error).message}`);
    }
  }
}

async function readRecentFile(
  file: string,
  isFolder: (folder: string) => boolean,
  platform: NodeJS.Platform,
  log: (line: string) => void,
): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      log(`recent workspaces: cannot read ${file}: ${toErrorInfo(error).message}`);
    return [];
  }
  try {
    const stored = storedSchema.safeParse(JSON.parse(text));
    if (stored.success) return cleanRecent(stored.data.workspaces, isFolder, platform);
  } catch {
    // Not JSON: reported below.
  }
  log(`recent workspaces: ${file} is not a valid list; starting with an empty one`);
  return [];
}
