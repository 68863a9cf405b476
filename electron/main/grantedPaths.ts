import type { IpcMain, IpcMainEvent } from 'electron';
import { isAbsolute, resolve, sep } from 'node:path';
import { engineError } from '../../shared/errorTexts';
import { type GuftaguError } from '../../shared/errors';
import { GRANT_PATH_CHANNEL } from '../../shared/security/grantedPaths';
import { isInsideFolder, pathsInPayload } from '../../shared/security/browserPathScope';
import type { SenderEvent } from './trustedSender';

/** The most paths remembered; the oldest are forgotten first (a picker hands over a few at a time). */
const MAX_GRANTS = 10_000;
const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin';
const key = (path: string) => (caseInsensitive ? resolve(path).toLowerCase() : resolve(path));

/** Paths the person picked or dropped in the desktop app (main's allow-list, like the media protocol's). */
export class GrantedPaths {
  private readonly paths = new Set<string>();

  grant(path: string): boolean {
    if (path === '' || !isAbsolute(path) || path.includes('\0')) return false;
    this.paths.add(key(path));
    if (this.paths.size > MAX_GRANTS) {
      const oldest = this.paths.values().next().value;
      if (oldest !== undefined) this.paths.delete(oldest);
    }
    return true;
  }

  has(path: string): boolean {
    return isAbsolute(path) && this.paths.has(key(path));
  }
}

/** Listens for the preload's grants, from the app's own page only. Returns the undo. */
export function bindPathGrants(
  ipcMain: Pick<IpcMain, 'on' | 'removeListener'>,
  granted: GrantedPaths,
  isTrustedSender: (event: SenderEvent) => boolean,
  log: (line: string) => void,
): () => void {
  const listener = (event: IpcMainEvent, path: unknown) => {
    const ok = isTrustedSender(event) && typeof path === 'string' && granted.grant(path);
    if (!ok) log(`ipc: refused a path grant from ${event.senderFrame?.url ?? 'an unknown frame'}`);
    event.returnValue = ok;
  };
  ipcMain.on(GRANT_PATH_CHANNEL, listener);
  return () => ipcMain.removeListener(GRANT_PATH_CHANNEL, listener);
}

/**
 * Desktop app: a call may name a path only when the person picked or dropped it, or when it lies inside
 * the workspace (media, uploads, exports). Anything else is refused before the engine sees it.
 */
export function desktopPathRefusal(
  method: string,
  payload: unknown,
  granted: GrantedPaths,
  workspacePath: string,
): GuftaguError | undefined {
  for (const named of pathsInPayload(method, payload)) {
    if (granted.has(named.value)) continue;
    if (
      isAbsolute(named.value) &&
      isInsideFolder(resolve(named.value), resolve(workspacePath), sep, caseInsensitive)
    )
      continue;
    return engineError('path-not-granted', { field: named.field }, { field: named.field });
  }
  return undefined;
}
