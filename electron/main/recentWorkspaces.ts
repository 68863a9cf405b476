import path from 'node:path';

/** How many workspaces File → Open Recent lists. */
export const MAX_RECENT_WORKSPACES = 8;

const pathFor = (platform: NodeJS.Platform) => (platform === 'win32' ? path.win32 : path.posix);

/** Absolute, normalized, without a trailing separator (except a root such as `C:\` or `/`). */
export function normalizeFolder(folder: string, platform: NodeJS.Platform = process.platform): string {
  const paths = pathFor(platform);
  const resolved = paths.resolve(folder);
  const root = paths.parse(resolved).root;
  return resolved.length > root.length ? resolved.replace(/[\\/]+$/, '') : resolved;
}

/** Windows and (by default) macOS file systems ignore case, so `D:\Interviews` is `d:\interviews`. */
export function sameFolder(a: string, b: string, platform: NodeJS.Platform = process.platform): boolean {
  const left = normalizeFolder(a, platform);
  const right = normalizeFolder(b, platform);
  return platform === 'win32' || platform === 'darwin'
    ? left.toLowerCase() === right.toLowerCase()
    : left === right;
}

/** The list with `folder` first, once, and at most MAX_RECENT_WORKSPACES entries. */
export function addRecent(
  list: readonly string[],
  folder: string,
  platform: NodeJS.Platform = process.platform,
): string[] {
  const normalized = normalizeFolder(folder, platform);
  return [normalized, ...removeRecent(list, normalized, platform)].slice(0, MAX_RECENT_WORKSPACES);
}

export function removeRecent(
  list: readonly string[],
  folder: string,
  platform: NodeJS.Platform = process.platform,
): string[] {
  return list.filter((entry) => !sameFolder(entry, folder, platform));
}

/**
 * What a stored list becomes when read: strings only, absolute, no duplicates, at most the cap, and only
 * folders that still exist.
 */
export function cleanRecent(
  entries: readonly unknown[],
  isFolder: (folder: string) => boolean,
  platform: NodeJS.Platform = process.platform,
): string[] {
  const paths = pathFor(platform);
  let list: string[] = [];
  for (const entry of entries) {
    if (typeof entry !== 'string' || entry.includes('\0') || !paths.isAbsolute(entry)) continue;
    if (list.some((kept) => sameFolder(kept, entry, platform))) continue;
    list = [...list, normalizeFolder(entry, platform)];
  }
  return list.filter((folder) => isFolder(folder)).slice(0, MAX_RECENT_WORKSPACES);
}
