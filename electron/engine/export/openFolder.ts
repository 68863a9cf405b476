import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { engineError } from '../../../shared/errorTexts';

/** The system's own "show this folder" program. */
export function systemOpener(platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return 'explorer.exe';
  if (platform === 'darwin') return 'open';
  return 'xdg-open';
}

/**
 * Shows an output folder in the system's file manager. Only folders inside the workspace can be opened,
 * so a page cannot use this to start programs or reveal other places. Works the same for the desktop app
 * and browser mode (the server runs on the user's own machine).
 */
export async function openFolder(
  folder: string,
  workspacePath: string,
  opener = systemOpener(),
): Promise<void> {
  const resolved = path.resolve(folder);
  const root = path.resolve(workspacePath);
  if (resolved !== root && !resolved.startsWith(`${root}${path.sep}`)) {
    throw engineError('open-folder-outside');
  }
  const stat = await fs.stat(resolved).catch(() => undefined);
  if (!stat?.isDirectory()) {
    throw engineError('open-folder-gone', { path: resolved });
  }
  await new Promise<void>((resolve, reject) => {
    const child = spawn(opener, [resolved], { detached: true, stdio: 'ignore', windowsHide: false });
    child.once('error', (error) =>
      reject(engineError('open-folder-no-opener', { tool: opener }, { cause: error })),
    );
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}
