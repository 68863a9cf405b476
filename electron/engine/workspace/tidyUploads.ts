import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { SessionStore } from './sessionStore';

/** An upload younger than this may belong to an import another process is starting right now. */
const KEEP_UNUSED_MS = 10 * 60_000;

/**
 * Browser mode uploads footage into <workspace>/uploads/<folder>/. An upload that no session's media
 * points at (a failed import, or one left behind by a crash) is deleted at start-up once it is ten minutes
 * old, so the workspace does not fill up with copies. Anything a session uses is kept. Canceled, duplicate
 * and removed ones go at once (releaseUpload.ts).
 */
export async function tidyUploads(
  uploadsPath: string,
  sessions: SessionStore,
  nowMs = Date.now(),
): Promise<string[]> {
  const folders = await fs.readdir(uploadsPath, { withFileTypes: true }).catch(() => []);
  if (folders.length === 0) return [];
  const used = new Set<string>();
  for (const { session } of await sessions.readAll()) {
    if (!session) return []; // an unreadable session might use any upload: delete nothing
    for (const media of session.media) used.add(path.resolve(path.dirname(media.sourcePath)));
  }
  const removed: string[] = [];
  for (const entry of folders) {
    if (!entry.isDirectory()) continue;
    const folder = path.resolve(uploadsPath, entry.name);
    if (used.has(folder)) continue;
    const stat = await fs.stat(folder).catch(() => undefined);
    if (!stat || nowMs - stat.mtimeMs < KEEP_UNUSED_MS) continue;
    await fs.rm(folder, { recursive: true, force: true });
    removed.push(folder);
  }
  return removed;
}
