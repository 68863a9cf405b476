import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { engineError } from '../../../shared/errorTexts';
import { GuftaguError } from '../../../shared/errors';
import { writeFileAtomic } from './atomicWrite';
import { readRegularFile } from './regularFile';
import { makeFolder } from './makeFolder';

/** How a kind of document is read: its schema, its current version and the steps up from older ones. */
export interface DocumentKind<T> {
  label: string;
  schema: z.ZodType<T>;
  currentVersion: number;
  /** migrations[n] turns a version-n document into version n+1. */
  migrations: Record<number, (document: Record<string, unknown>) => Record<string, unknown>>;
}

/** No Guftagu document comes near this; a bigger one is refused instead of read into memory. */
export const MAX_DOCUMENT_BYTES = 256 * 1024 * 1024;

/** Reads, checks and migrates a JSON document. Corrupt or newer documents are reported, never "fixed". */
export async function readDocument<T>(filePath: string, kind: DocumentKind<T>): Promise<T> {
  let text: string;
  try {
    const bytes = await readRegularFile(filePath, {
      maxBytes: MAX_DOCUMENT_BYTES,
      what: 'document',
      tooBig: () =>
        engineError('document-too-big', {
          document: kind.label,
          path: filePath,
          maxMb: MAX_DOCUMENT_BYTES / 1024 / 1024,
        }),
    });
    text = bytes.toString('utf8');
  } catch (error) {
    if (error instanceof GuftaguError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw engineError('document-missing', { document: kind.label, path: filePath }, { cause: error });
    }
    throw engineError(
      'document-unreadable',
      { document: kind.label, path: filePath, reason: (error as Error).message },
      { cause: error },
    );
  }
  return parseDocument(text, filePath, kind);
}

export function parseDocument<T>(text: string, filePath: string, kind: DocumentKind<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw corrupt(
      kind,
      filePath,
      text.trim() === '' ? 'the file is empty' : `it is not valid JSON (${(error as Error).message})`,
    );
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw corrupt(kind, filePath, 'it is not a JSON object');
  let document = raw as Record<string, unknown>;
  const version = document['schemaVersion'] === undefined ? 0 : document['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw corrupt(kind, filePath, `its schemaVersion (${String(version)}) is not a version number`);
  }
  if (version > kind.currentVersion) {
    throw engineError('document-newer', {
      document: kind.label,
      version,
      supported: kind.currentVersion,
    });
  }
  for (let step = version; step < kind.currentVersion; step += 1) {
    const migrate = kind.migrations[step];
    if (!migrate) throw corrupt(kind, filePath, `no way to upgrade format ${step}`);
    document = { ...migrate(document), schemaVersion: step + 1 };
  }
  const parsed = kind.schema.safeParse(document);
  if (!parsed.success) {
    const firstIssue = parsed.error.issues[0];
    const where = firstIssue
      ? `${firstIssue.path.join('.') || '(top)'}: ${firstIssue.message}`
      : 'unknown problem';
    throw corrupt(kind, filePath, `a field is wrong (${where})`);
  }
  return parsed.data;
}

function corrupt(kind: { label: string }, filePath: string, why: string): GuftaguError {
  return engineError('document-corrupt', { document: kind.label, path: filePath, reason: why });
}

export interface BackupPolicy {
  /** A new backup is kept when the newest is older than this. */
  minIntervalMs: number;
  keep: number;
}

export const defaultBackupPolicy: BackupPolicy = { minIntervalMs: 5 * 60_000, keep: 20 };

/** Writes a document atomically, first keeping the previous version as a rolling backup. */
export async function writeDocument(
  filePath: string,
  document: unknown,
  policy: BackupPolicy = defaultBackupPolicy,
): Promise<void> {
  await keepBackup(filePath, policy);
  await writeFileAtomic(filePath, `${JSON.stringify(document, null, 2)}\n`);
}

export function backupFolder(filePath: string): string {
  return path.join(path.dirname(filePath), '.backups');
}

const backupName = (base: string, at: Date) => `${base}.${at.toISOString().replace(/[:.]/g, '-')}.json`;

async function keepBackup(filePath: string, policy: BackupPolicy): Promise<void> {
  const current = await fs.readFile(filePath).catch(() => undefined);
  if (current === undefined || current.length === 0) return;
  const folder = backupFolder(filePath);
  const base = path.basename(filePath, '.json');
  const existing = await listBackupFiles(folder, base);
  const newest = existing.at(-1);
  if (newest && Date.now() - newest.mtimeMs < policy.minIntervalMs) return;
  await makeFolder(folder);
  // Two saves in the same millisecond must not share a name (the second would overwrite the first).
  let at = Date.now();
  while (existing.some((file) => file.name === backupName(base, new Date(at)))) at += 1;
  await writeFileAtomic(path.join(folder, backupName(base, new Date(at))), current);
  const all = await listBackupFiles(folder, base);
  for (const old of all.slice(0, Math.max(0, all.length - policy.keep)))
    await fs.rm(old.path, { force: true });
}

export interface BackupFile {
  name: string;
  path: string;
  mtimeMs: number;
  sizeBytes: number;
}

/** Backups of one document, oldest first. */
export async function listBackupFiles(folder: string, base: string): Promise<BackupFile[]> {
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  const files: BackupFile[] = [];
  for (const name of names) {
    if (!name.startsWith(`${base}.`) || !name.endsWith('.json')) continue;
    const stat = await fs.stat(path.join(folder, name)).catch(() => undefined);
    if (stat)
      files.push({ name, path: path.join(folder, name), mtimeMs: stat.mtimeMs, sizeBytes: stat.size });
  }
  return files.sort((a, b) => a.name.localeCompare(b.name));
}
