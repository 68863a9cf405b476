import { statSync } from 'node:fs';
import { z } from 'zod';
import { GuftaguError, toErrorInfo } from '../../shared/errors';
import type { DocumentKind } from '../engine/workspace/documentStore';
import { JsonDocument } from '../engine/workspace/jsonDocument';
import { addRecent, cleanRecent, removeRecent } from './recentWorkspaces';

export const RECENT_WORKSPACES_FILE = 'recent-workspaces.json';

const storedSchema = z.object({ schemaVersion: z.literal(1), workspaces: z.array(z.unknown()) });
type StoredRecent = z.infer<typeof storedSchema>;

/** recent-workspaces.json: version 0 is the first release's `{ "version": 1, … }` (no schemaVersion). */
const recentKind: DocumentKind<StoredRecent> = {
  label: 'Recent workspaces file',
  schema: storedSchema,
  currentVersion: 1,
  migrations: {
    0: ({ version, ...rest }) => (version === 1 ? rest : {}),
  },
};

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
    // One write at a time, in order, so the file ends with the latest list.
    this.writing = this.writing.then(() => this.write(next));
    return this.writing;
  }

  private async write(workspaces: string[]): Promise<void> {
    try {
      await recentDocument(this.options.file).replace({ schemaVersion: 1, workspaces });
    } catch (error) {
      this.log(`recent workspaces: cannot save ${this.options.file}: ${toErrorInfo(error).message}`);
    }
  }
}

const recentDocument = (file: string) => new JsonDocument(file, recentKind, { backups: false });

async function readRecentFile(
  file: string,
  isFolder: (folder: string) => boolean,
  platform: NodeJS.Platform,
  log: (line: string) => void,
): Promise<string[]> {
  try {
    return cleanRecent((await recentDocument(file).read()).workspaces, isFolder, platform);
  } catch (error) {
    if (!(error instanceof GuftaguError && error.code === 'not-found'))
      log(`recent workspaces: ${toErrorInfo(error).message} Starting with an empty list.`);
    return [];
  }
}
