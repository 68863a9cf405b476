import { randomBytes } from 'node:crypto';
import { createWriteStream, promises as fs } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { GuftaguError } from '../../shared/errors';

/** Keeps a file name's letters (Urdu included) but nothing that could leave its folder. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .map((character) => (character.charCodeAt(0) < 32 || '<>:"|?*'.includes(character) ? '_' : character))
    .join('')
    .replace(/^\.+/, '')
    .trim();
  return cleaned === '' ? 'upload' : cleaned.slice(0, 200);
}

/**
 * Browser mode cannot pass file paths, so the page uploads the file. It is written under a temp name in
 * its own folder and renamed when complete; an interrupted upload leaves nothing behind.
 */
export async function receiveUpload(
  request: IncomingMessage,
  uploadsPath: string,
  name: string,
): Promise<string> {
  const folder = path.join(uploadsPath, `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`);
  await fs.mkdir(folder, { recursive: true });
  const finalPath = path.join(folder, safeFileName(name));
  const tempPath = path.join(folder, '.uploading');
  try {
    await pipeline(request, createWriteStream(tempPath, { flags: 'wx' }));
    await fs.rename(tempPath, finalPath);
    return finalPath;
  } catch (error) {
    await fs.rm(folder, { recursive: true, force: true });
    throw new GuftaguError(
      'write-failed',
      `The upload of ${name} did not finish.`,
      'Try again; if the disk is full, free some space first.',
      { cause: error },
    );
  }
}
