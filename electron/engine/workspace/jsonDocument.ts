import { promises as fs } from 'node:fs';
import path from 'node:path';
import { GuftaguError } from '../../../shared/errors';
import type { DocumentChange } from '../../../shared/model/documents';
import { writeFileAtomic } from './atomicWrite';
import {
  defaultBackupPolicy,
  readDocument,
  writeDocument,
  type BackupPolicy,
  type DocumentKind,
} from './documentStore';
import { withFileLock } from './fileLock';
import { makeFolder } from './makeFolder';

export interface JsonDocumentOptions<T> {
  /** What a missing file reads as; without it a missing file is 'not-found'. */
  empty?: () => T;
  /** Rolling backups in `.backups/` (default), or none for documents that change on every job. */
  backups?: BackupPolicy | false;
  /** Who is told after each write, and as what. */
  change?: { identity: DocumentChange; notify: (change: DocumentChange) => void };
}

/** What `change` gives back: the document as written and what the change returned. */
export interface Changed<T, R> {
  document: T;
  result: R;
}

// Changes to one file from this process go one after another, whichever object made them, so they never
// wait on each other's lock file.
const chains = new Map<string, Promise<unknown>>();

function inTurn<R>(filePath: string, run: () => Promise<R>): Promise<R> {
  const next = (chains.get(filePath) ?? Promise.resolve()).then(run);
  const settled = next.then(
    () => undefined,
    () => undefined,
  );
  chains.set(filePath, settled);
  void settled.then(() => {
    if (chains.get(filePath) === settled) chains.delete(filePath);
  });
  return next;
}

/**
 * One versioned JSON document: the one way the app keeps a JSON file. Read with its schema and migrations
 * (a corrupt or newer file is reported, never overwritten); every change is a read-modify-write under the
 * file's lock, re-read inside the lock, written atomically (temp file, fsync, rename, folder fsync) after a
 * rolling backup, and announced as a `DocumentChange`.
 */
export class JsonDocument<T> {
  constructor(
    readonly filePath: string,
    private readonly kind: DocumentKind<T>,
    private readonly options: JsonDocumentOptions<T> = {},
  ) {}

  async read(): Promise<T> {
    try {
      return await readDocument(this.filePath, this.kind);
    } catch (error) {
      const empty = this.options.empty;
      if (empty && error instanceof GuftaguError && error.code === 'not-found') return empty();
      throw error;
    }
  }

  /** Applies `change` to the document as it is on disk now (it may edit the draft or return a new one). */
  async update(change: (document: T) => T | void): Promise<T> {
    const { document } = await this.rewrite(async () => {
      const draft = structuredClone(await this.read());
      return { next: change(draft) ?? draft, result: undefined };
    });
    return document;
  }

  /**
   * Applies `change` to a draft of the document as it is on disk now (it edits the draft) and writes it;
   * gives back the written document and what `change` returned (what it added, whether it found something).
   */
  change<R>(change: (draft: T) => R): Promise<Changed<T, R>> {
    return this.rewrite(async () => {
      const draft = structuredClone(await this.read());
      return { next: draft, result: change(draft) };
    });
  }

  /**
   * The general form: under the lock, `change` reads what it needs (`read()` is the file as it is now, or
   * 'not-found') and says what to write and what to give back.
   */
  rewrite<R>(change: () => Promise<{ next: T; result: R }>): Promise<Changed<T, R>> {
    return inTurn(this.filePath, async () => {
      await makeFolder(path.dirname(this.filePath));
      const changed = await withFileLock(`${this.filePath}.lock`, async (lease) => {
        const { next, result } = await change();
        await lease.assertHeld();
        await this.write(next);
        return { document: next, result };
      });
      this.announce();
      return changed;
    });
  }

  /** Replaces the document whatever it holds now (a new session, a restored backup), under the lock. */
  async replace(document: T): Promise<T> {
    await this.rewrite(async () => ({ next: document, result: undefined }));
    return document;
  }

  /**
   * Deletes the file under the lock when `shouldRemove` (which reads what is on disk now, and may refuse by
   * throwing) says so; announced like a change. True when it was removed.
   */
  async remove(shouldRemove: () => Promise<boolean>): Promise<boolean> {
    return inTurn(this.filePath, async () => {
      const removed = await withFileLock(`${this.filePath}.lock`, async (lease) => {
        if (!(await shouldRemove())) return false;
        await lease.assertHeld();
        await fs.rm(this.filePath, { force: true });
        return true;
      });
      if (removed) this.announce();
      return removed;
    });
  }

  private async write(document: T): Promise<void> {
    const backups = this.options.backups ?? defaultBackupPolicy;
    if (backups === false) await writeFileAtomic(this.filePath, `${JSON.stringify(document, null, 2)}\n`);
    else await writeDocument(this.filePath, document, backups);
  }

  private announce(): void {
    const change = this.options.change;
    change?.notify(change.identity);
  }
}
