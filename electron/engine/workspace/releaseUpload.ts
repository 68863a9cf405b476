import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { SessionStore } from './sessionStore';

/**
 * Browser mode: once an import of an uploaded file ends without the upload becoming media (canceled, or the
 * recording was already imported) or its media is removed, the upload's folder goes at once, unless some
 * session's media still points into it (or a session cannot be read, so it might). Returns whether it went.
 */
export async function releaseUpload(
  uploadsPath: string,
  sourcePath: string,
  sessions: SessionStore,
): Promise<boolean> {
  const uploads = path.resolve(uploadsPath);
  const folder = path.dirname(path.resolve(sourcePath));
  if (path.dirname(folder) !== uploads) return false; // not an upload: the person's own file stays
  for (const { session } of await sessions.readAll()) {
    if (!session) return false;
    if (session.media.some((media) => path.dirname(path.resolve(media.sourcePath)) === folder)) return false;
  }
  await fs.rm(folder, { recursive: true, force: true });
  return true;
}
