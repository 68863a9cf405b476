import path from 'node:path';

/**
 * A `.guftagu` file opens a workspace when double-clicked (the installer associates the extension).
 * It is either a small JSON pointer, `{"workspace": "D:\\Interviews"}` (a relative path is relative to
 * the file's own folder), or a file with no pointer that sits inside a workspace folder.
 */
export const GUFTAGU_EXTENSION = '.guftagu';
/** A pointer is a few hundred bytes; anything much larger is not one. */
export const MAX_GUFTAGU_FILE_BYTES = 64 * 1024;
const MAX_PATH_CHARS = 4096;

export type GuftaguFileContent =
  { kind: 'pointer'; workspace: string } | { kind: 'inside' } | { kind: 'invalid'; reason: string };

export function isGuftaguFileName(fileName: string): boolean {
  return fileName.toLowerCase().endsWith(GUFTAGU_EXTENSION) && fileName.length > GUFTAGU_EXTENSION.length;
}

/** What a `.guftagu` file's text says. Pure: no file system. */
export function parseGuftaguFile(text: string): GuftaguFileContent {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return { kind: 'inside' };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return { kind: 'invalid', reason: 'It is not a Guftagu file (its content is not JSON).' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { kind: 'invalid', reason: 'It is not a Guftagu file (it holds no settings).' };
  if (!Object.prototype.hasOwnProperty.call(value, 'workspace')) return { kind: 'inside' };
  const workspace = (value as { workspace: unknown }).workspace;
  if (typeof workspace !== 'string' || workspace.trim() === '')
    return { kind: 'invalid', reason: 'Its "workspace" entry is not a folder path.' };
  if (workspace.includes('\0') || workspace.length > MAX_PATH_CHARS)
    return { kind: 'invalid', reason: 'Its "workspace" entry is not a valid folder path.' };
  return { kind: 'pointer', workspace: workspace.trim() };
}

export type PointerTarget = { ok: true; folder: string } | { ok: false; reason: string };

/**
 * The folder a pointer names, relative to the file's folder. Network paths (`\\server\share`, and
 * Windows device paths `\\?\…`) are refused: merely looking at one can send the user's Windows
 * credentials to that server, and a file from an e-mail must not make the app do that. A workspace on a
 * network drive can still be opened with File → Open Workspace….
 */
export function resolvePointer(
  filePath: string,
  workspace: string,
  platform: NodeJS.Platform = process.platform,
): PointerTarget {
  const paths = platform === 'win32' ? path.win32 : path.posix;
  if (isNetworkPath(workspace))
    return {
      ok: false,
      reason: `It points to a network location (${workspace}). Open a network workspace with File → Open Workspace… instead.`,
    };
  return { ok: true, folder: paths.resolve(paths.dirname(filePath), workspace) };
}

export function isNetworkPath(folder: string): boolean {
  return /^[\\/]{2}/.test(folder);
}

/** The text of a pointer file for `workspace`. */
export function formatGuftaguFile(workspace: string): string {
  return `${JSON.stringify({ workspace }, null, 2)}\n`;
}
