import os from 'node:os';
import path from 'node:path';

/** Per-user folder for settings, models and logs. GUFTAGU_CONFIG_DIR overrides it (tests, portable use). */
export function defaultConfigDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env['GUFTAGU_CONFIG_DIR']) return path.resolve(env['GUFTAGU_CONFIG_DIR']);
  const home = os.homedir();
  if (process.platform === 'win32')
    return path.join(env['APPDATA'] ?? path.join(home, 'AppData', 'Roaming'), 'Guftagu');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Guftagu');
  return path.join(env['XDG_CONFIG_HOME'] ?? path.join(home, '.config'), 'guftagu');
}

/**
 * The workspace folder, most specific first: --workspace (explicit), GUFTAGU_WORKSPACE, the setting,
 * then ~/Guftagu.
 */
export function resolveWorkspacePath(options: {
  explicit?: string | undefined;
  setting?: string | undefined;
  env?: NodeJS.ProcessEnv;
}): string {
  const env = options.env ?? process.env;
  const chosen = options.explicit ?? env['GUFTAGU_WORKSPACE'] ?? options.setting;
  return path.resolve(chosen && chosen.trim() !== '' ? chosen : path.join(os.homedir(), 'Guftagu'));
}

export const SESSIONS_FOLDER = 'sessions';
export const SESSION_FILE = 'session.json';
export const UPLOADS_FOLDER = 'uploads';

export const sessionFolder = (workspacePath: string, sessionId: string) =>
  path.join(workspacePath, SESSIONS_FOLDER, sessionId);
export const sessionFile = (workspacePath: string, sessionId: string) =>
  path.join(sessionFolder(workspacePath, sessionId), SESSION_FILE);
/** Derived files of one media item (WAV, peaks, thumbnail, proxy), relative to the session folder. */
export const mediaFolderRelative = (mediaId: string) => path.join('media', mediaId);

/** Session ids are folder names: short, ASCII, safe on every file system. */
export function isSafeId(id: string): boolean {
  return /^[a-z0-9][a-z0-9-]{2,80}$/.test(id);
}
