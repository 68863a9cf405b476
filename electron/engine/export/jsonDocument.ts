import { promises as fs } from 'node:fs';
import path from 'node:path';
import { GuftaguError } from '../../../shared/errors';
import { writeFileAtomic } from '../workspace/atomicWrite';
import { readDocument, writeDocument, type DocumentKind } from '../workspace/documentStore';
import { withFileLock } from '../workspace/fileLock';

/**
 * One versioned JSON document (clips.json, styles.json, presets.json, export-queue.json): read with its
 * schema and migrations, a missing file reads as `empty()`, every change a locked read-modify-write written
 * atomically (with rolling backups unless `backups: false`). Changes from this process are also queued one
 * after another, so they never wait on each other's lock file.
 */
export class JsonDocumentFile<T> {
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    readonly filePath: string,
    private readonly kind: DocumentKind<T>,
    private readonly empty: () => T,
    private readonly options: { backups: boolean } = { backups: true },
  ) {}

  async read(): Promise<T> {
    try {
      return await readDocument(this.filePath, this.kind);
    } catch (error) {
      if (error instanceof GuftaguError && error.code === 'not-found') return this.empty();
      throw error;
    }
  }

  /** Applies `change` to the document as it is on disk now; returns what was written. */
  update(change: (document: T) => T | void): Promise<T> {
    const next = this.chain.then(() => this.locked(change));
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async locked(change: (document: T) => T | void): Promise<T> {
    await fs.mkdir(path.dirname(this.filePath), { recursive: true });
    return withFileLock(`${this.filePath}.lock`, async () => {
      const current = await this.read();
      const draft = structuredClone(current);
      const changed = change(draft) ?? draft;
      if (this.options.backups) await writeDocument(this.filePath, changed);
      else await writeFileAtomic(this.filePath, `${JSON.stringify(changed, null, 2)}\n`);
      return changed;
    });
  }
}
