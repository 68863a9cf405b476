import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { GuftaguError } from '../../../shared/errors';
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
export async function copyConsentScan(
  sessionFolder: string,
  participantId: string,
  sourcePath: string,
): Promise<string> {
  const source = path.resolve(sourcePath);
  const extension = path.extname(source).toLowerCase();
  if (!scanExtensions.has(extension)) {
    throw new GuftaguError(
      'invalid-request',
      `${path.basename(source)} is not a scan Guftagu keeps (${[...scanExtensions].join(', ')}).`,
      'Scan or photograph the signed form as PDF, JPEG or PNG and choose that file.',
    );
  }
  const stat = await fs.stat(source).catch((error: unknown) => {
    throw new GuftaguError(
      'not-found',
      `The scan ${source} cannot be found.`,
      'Check the path; the file may have been moved.',
      { cause: error },
    );
  });
  if (!stat.isFile()) throw notRegularFileError(source, fileKind(stat), 'scanned form');
  if (stat.size === 0) {
    throw new GuftaguError(
      'file-empty',
      `The scan ${source} is empty or not a file.`,
      'Choose the scanned form itself.',
    );
  }
  if (stat.size > MAX_SCAN_BYTES) {
    throw new GuftaguError(
      'invalid-request',
      `The scan ${path.basename(source)} is larger than ${MAX_SCAN_BYTES / 1024 / 1024} MB.`,
      'Scan at a lower resolution (150–300 dpi is plenty for a form) or save it as PDF.',
    );
  }
  const data = await readRegularFile(source, {
    maxBytes: MAX_SCAN_BYTES,
    what: 'scanned form',
    tooBig: () =>
      new GuftaguError(
        'invalid-request',
        `The scan ${path.basename(source)} is larger than ${MAX_SCAN_BYTES / 1024 / 1024} MB.`,
        'Scan at a lower resolution (150–300 dpi is plenty for a form) or save it as PDF.',
      ),
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
