import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  isInsideFolder,
  isWorkspaceOutput,
  pathsInPayload,
  type NamedPath,
} from '../../shared/security/browserPathScope';
import { RequestRefused } from './refusal';

/** The real location of a path (symlinks followed as far as the path exists; the rest appended). */
async function realLocation(target: string): Promise<string> {
  const missing: string[] = [];
  let current = target;
  for (;;) {
    try {
      return path.join(await fs.realpath(current), ...missing.reverse());
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return target;
      missing.push(path.basename(current));
      current = parent;
    }
  }
}

const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin';

function refuse(named: NamedPath): RequestRefused {
  if (named.access === 'desktop-only') {
    return new RequestRefused(
      403,
      'unauthorized',
      `${named.field} cannot be changed from the browser.`,
      'Set it in the desktop app, or start the server with --workspace / GUFTAGU_WORKSPACE and the binaries on PATH.',
    );
  }
  return new RequestRefused(
    403,
    'unauthorized',
    named.access === 'read'
      ? 'In the browser, files come from uploads or from the workspace.'
      : "In the browser, files are written into the workspace's exports folders only.",
    named.access === 'read'
      ? 'Upload the file with the page, then try again.'
      : 'Leave the folder empty to use the workspace.',
  );
}

/**
 * Browser mode: refuses any call that names a path outside the workspace (uploads live inside it) or sets
 * a desktop-only setting. Paths are resolved against the workspace and through symlinks before checking.
 */
export async function checkBrowserPaths(
  method: string,
  payload: unknown,
  workspacePath: string,
): Promise<void> {
  const named = pathsInPayload(method, payload);
  if (named.length === 0) return;
  const workspace = await realLocation(path.resolve(workspacePath));
  for (const entry of named) {
    if (entry.access === 'desktop-only') throw refuse(entry);
    const location = await realLocation(path.resolve(workspace, entry.value));
    if (!isInsideFolder(location, workspace, path.sep, caseInsensitive)) throw refuse(entry);
    const parts = path.relative(workspace, location).split(path.sep);
    if (entry.access === 'write' && !isWorkspaceOutput(parts)) throw refuse(entry);
  }
}
