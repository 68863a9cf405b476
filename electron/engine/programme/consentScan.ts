import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { engineError } from '../../../shared/errorTexts';
import { writeFileAtomic } from '../workspace/atomicWrite';
import { fileKind, notRegularFileError, readRegularFile } from '../workspace/regularFile';
import { makeFolder } from '../workspace/makeFolder';

/** Scans live in the session folder, so a copied session folder keeps them. */
export const CONSENT_FOLDER = 'consent';
export const MAX_SCAN_BYTES = 50 * 1024 * 1024;
const scanExtensions = new Set(['.pdf', '.jpg', '.jpeg', '.png', '.webp', '.heic', '.tif', '.tiff']);

/**
 * Copies a scanned consent form into <session>/consent/ atomically (temp file, fsync, rename) and returns
 * its path relative to the session folder, with forward slashes on every system.
 */
const scanTooBig = (source: string) =>
  engineError('scan-too-big', { name: path.basename(source), maxMb: MAX_SCAN_BYTES / 1024 / 1024 });

export async function copyConsentScan(
  sessionFolder: string,
  participantId: string,
  sourcePath: string,
): Promise<string> {
  const source = path.resolve(sourcePath);
  const extension = path.extname(source).toLowerCase();
  if (!scanExtensions.has(extension)) {
    throw engineError('scan-type-refused', {
      name: path.basename(source),
      types: [...scanExtensions].join(', '),
    });
  }
  const stat = await fs.stat(source).catch((error: unknown) => {
    throw engineError('scan-missing', { path: source }, { cause: error });
  });
  if (!stat.isFile()) throw notRegularFileError(source, fileKind(stat), 'scanned form');
  if (stat.size === 0) {
    throw engineError('scan-empty', { path: source });
  }
  if (stat.size > MAX_SCAN_BYTES) {
    throw scanTooBig(source);
  }
  const data = await readRegularFile(source, {
    maxBytes: MAX_SCAN_BYTES,
    what: 'scanned form',
    tooBig: () => scanTooBig(source),
  });
  const folder = path.join(sessionFolder, CONSENT_FOLDER);
  await makeFolder(folder);
  const safeId = participantId.replace(/[^a-z0-9-]/giu, '');
  const name = `${safeId}-${Date.now()}-${randomBytes(2).toString('hex')}${extension}`;
  await writeFileAtomic(path.join(folder, name), data);
  return `${CONSENT_FOLDER}/${name}`;
}

/** Removes a scan copied for a change that then failed, so nothing is left half-done. */
export async function discardConsentScan(sessionFolder: string, relativePath: string): Promise<void> {
  await fs.rm(path.join(sessionFolder, ...relativePath.split('/')), { force: true }).catch(() => undefined);
}
