import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { SESSIONS_FOLDER } from '../engine/workspace/paths';
import { isGuftaguFileName, MAX_GUFTAGU_FILE_BYTES, parseGuftaguFile, resolvePointer } from './guftaguFile';

export type OpenTarget = { ok: true; workspace: string } | { ok: false; message: string; detail: string };

/** How far above a `.guftagu` file to look for its workspace (workspace/sessions/<id>/file is 3). */
const MAX_LEVELS_UP = 3;

const isDirectory = async (folder: string): Promise<boolean> =>
  stat(folder).then(
    (info) => info.isDirectory(),
    () => false,
  );

const refuse = (target: string, detail: string): OpenTarget => ({
  ok: false,
  message: `Guftagu cannot open ${path.basename(target) || target}.`,
  detail,
});

/**
 * The workspace that a path opened from outside means (a double-clicked `.guftagu` file, a folder from
 * the Dock's recent list, a command-line argument), or why it cannot be opened.
 */
export async function resolveOpenTarget(
  target: string,
  platform: NodeJS.Platform = process.platform,
): Promise<OpenTarget> {
  const info = await stat(target).catch(() => undefined);
  if (info === undefined) return refuse(target, `${target} does not exist (or cannot be read).`);
  if (info.isDirectory()) return { ok: true, workspace: path.resolve(target) };
  if (!info.isFile() || !isGuftaguFileName(target))
    return refuse(target, 'Guftagu opens workspace folders and .guftagu files.');
  if (info.size > MAX_GUFTAGU_FILE_BYTES) return refuse(target, 'It is too large to be a Guftagu file.');

  let text: string;
  try {
    text = await readFile(target, 'utf8');
  } catch (error) {
    return refuse(target, `It cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const content = parseGuftaguFile(text);
  if (content.kind === 'invalid') return refuse(target, content.reason);
  if (content.kind === 'inside') {
    const workspace = await enclosingWorkspace(path.dirname(path.resolve(target)));
    return workspace === undefined
      ? refuse(target, 'It names no workspace and is not inside a workspace folder.')
      : { ok: true, workspace };
  }
  const pointer = resolvePointer(path.resolve(target), content.workspace, platform);
  if (!pointer.ok) return refuse(target, pointer.reason);
  if (!(await isDirectory(pointer.folder)))
    return refuse(
      target,
      `The workspace it points to, ${pointer.folder}, is not there. It may have been moved, or be on a drive that is not connected.`,
    );
  return { ok: true, workspace: pointer.folder };
}

/** The nearest folder at or above `start` (a few levels at most) that holds a `sessions` folder. */
async function enclosingWorkspace(start: string): Promise<string | undefined> {
  let folder = start;
  for (let level = 0; level <= MAX_LEVELS_UP; level += 1) {
    if (await isDirectory(path.join(folder, SESSIONS_FOLDER))) return folder;
    const parent = path.dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
  return undefined;
}
