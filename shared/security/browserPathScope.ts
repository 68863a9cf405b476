/**
 * Browser mode: the page may not name arbitrary files on the server's disk. Every method field that holds
 * a path has a rule:
 * - 'read': a file the page uploaded, or one already in the workspace (media, subtitles, scans, models);
 * - 'write': a file or folder in an exports folder of the workspace (`exports/…` or
 *   `sessions/<id>/exports/…`), so a page cannot overwrite a session document;
 * - 'desktop-only': never from the page (the workspace folder and the ffmpeg/ffprobe/whisper binaries are
 *   set from the command line or the desktop app).
 * A model given by name (catalogue id or installed file name, no slash) is not a path.
 */
export type PathAccess = 'read' | 'write' | 'desktop-only';

export interface PathField {
  /** The payload key; a list when the field holds an array of paths. */
  field: string;
  access: PathAccess;
  /** Only values that look like paths are checked (a model may be a name). */
  onlyWhenPathLike?: boolean;
}

export const browserPathFields: Readonly<Record<string, readonly PathField[]>> = {
  'media.import': [{ field: 'paths', access: 'read' }],
  'media.relink': [{ field: 'path', access: 'read' }],
  'participants.attachConsentScan': [{ field: 'path', access: 'read' }],
  'subtitles.import': [{ field: 'path', access: 'read' }],
  'models.import': [{ field: 'path', access: 'read' }],
  'transcripts.start': [{ field: 'model', access: 'read', onlyWhenPathLike: true }],
  'transcripts.dtwSupport': [{ field: 'model', access: 'read', onlyWhenPathLike: true }],
  'subtitles.export': [{ field: 'path', access: 'write' }],
  'export.start': [{ field: 'outputFolder', access: 'write' }],
  'export.openFolder': [{ field: 'path', access: 'write' }],
  'settings.update': [
    { field: 'workspacePath', access: 'desktop-only' },
    { field: 'ffmpegPath', access: 'desktop-only' },
    { field: 'ffprobePath', access: 'desktop-only' },
    { field: 'whisperPath', access: 'desktop-only' },
  ],
};

export const looksLikePath = (value: string): boolean => /[\\/]/.test(value) || /^[A-Za-z]:/.test(value);

export interface NamedPath {
  method: string;
  field: string;
  access: PathAccess;
  value: string;
}

/** Every path a payload names, with the access it asks for. Values of the wrong type are left to the contract. */
export function pathsInPayload(method: string, payload: unknown): NamedPath[] {
  const rules = browserPathFields[method];
  if (rules === undefined || typeof payload !== 'object' || payload === null) return [];
  const found: NamedPath[] = [];
  for (const rule of rules) {
    const raw = (payload as Record<string, unknown>)[rule.field];
    const values = Array.isArray(raw) ? raw : [raw];
    for (const value of values) {
      if (typeof value !== 'string') continue;
      if (rule.onlyWhenPathLike === true && !looksLikePath(value)) continue;
      found.push({ method, field: rule.field, access: rule.access, value });
    }
  }
  return found;
}

/** Pure containment on resolved (absolute, symlink-free) paths; `sep` is the platform's separator. */
export function isInsideFolder(
  candidate: string,
  folder: string,
  sep: string,
  caseInsensitive = false,
): boolean {
  const fold = (text: string) => (caseInsensitive ? text.toLowerCase() : text);
  const root = fold(folder.endsWith(sep) ? folder.slice(0, -sep.length) : folder);
  const target = fold(candidate);
  return target === root || target.startsWith(`${root}${sep}`);
}

/** Whether a path, given as its parts relative to the workspace, lies in one of the workspace's export folders. */
export function isWorkspaceOutput(relativeParts: readonly string[]): boolean {
  if (relativeParts.some((part) => part === '..' || part === '')) return false;
  if (relativeParts[0] === 'exports') return relativeParts.length >= 2;
  return relativeParts[0] === 'sessions' && relativeParts[2] === 'exports' && relativeParts.length >= 3;
}
