import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RecentWorkspaceStore, RECENT_WORKSPACES_FILE } from '../../../electron/main/recentStore';
import {
  addRecent,
  cleanRecent,
  MAX_RECENT_WORKSPACES,
  normalizeFolder,
  removeRecent,
  sameFolder,
} from '../../../electron/main/recentWorkspaces';

vi.mock('electron', () => ({}));

describe('recent workspace list', () => {
  it('puts the newest first, once', () => {
    let list: string[] = [];
    for (const folder of ['/w/a', '/w/b', '/w/c', '/w/b/']) list = addRecent(list, folder, 'linux');
    expect(list).toEqual(['/w/b', '/w/c', '/w/a']);
  });

  it('keeps at most eight', () => {
    let list: string[] = [];
    for (let index = 0; index < 12; index += 1) list = addRecent(list, `/w/${index}`, 'linux');
    expect(MAX_RECENT_WORKSPACES).toBe(8);
    expect(list).toHaveLength(8);
    expect(list[0]).toBe('/w/11');
    expect(list.at(-1)).toBe('/w/4');
  });

  it('treats Windows paths without regard to case or a trailing backslash', () => {
    const list = addRecent(['D:\\Interviews', 'C:\\Other'], 'd:\\interviews\\', 'win32');
    expect(list).toEqual(['d:\\interviews', 'C:\\Other']);
    expect(sameFolder('C:\\A\\b', 'c:\\a\\B\\', 'win32')).toBe(true);
    expect(sameFolder('/a/B', '/a/b', 'linux')).toBe(false);
    expect(normalizeFolder('C:\\', 'win32')).toBe('C:\\');
    expect(normalizeFolder('/', 'linux')).toBe('/');
    expect(removeRecent(list, 'D:\\INTERVIEWS', 'win32')).toEqual(['C:\\Other']);
  });

  it('cleans a stored list: strings, absolute, no duplicates, capped, existing folders only', () => {
    const stored: unknown[] = ['/w/a', 42, 'relative/path', '/w/gone', '/w/a/', '/w/b', null, '/w/\0x'];
    const exists = (folder: string) => folder !== '/w/gone';
    expect(cleanRecent(stored, exists, 'linux')).toEqual(['/w/a', '/w/b']);
    const many = Array.from({ length: 20 }, (_, index) => `/w/${index}`);
    expect(cleanRecent(many, () => true, 'linux')).toHaveLength(8);
  });
});

describe('recent workspace store', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'guftagu-recent-'));
    file = join(dir, 'config', RECENT_WORKSPACES_FILE);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const folder = (name: string) => {
    const path = join(dir, name);
    mkdirSync(path, { recursive: true });
    return path;
  };

  it('saves the list as JSON, atomically (no temp file left), and reads it back', async () => {
    const [a, b] = [folder('a'), folder('b')];
    const store = new RecentWorkspaceStore({ file });
    expect(await store.load()).toEqual([]);
    await Promise.all([store.add(a), store.add(b), store.add(a)]);
    await store.flushed();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ schemaVersion: 1, workspaces: [a, b] });
    expect(readdirSync(join(dir, 'config'))).toEqual([RECENT_WORKSPACES_FILE]);
    expect(await new RecentWorkspaceStore({ file }).load()).toEqual([a, b]);
  });

  it('drops folders that no longer exist', async () => {
    const [a, b] = [folder('a'), folder('b')];
    const store = new RecentWorkspaceStore({ file });
    await store.add(a);
    await store.add(b);
    rmSync(b, { recursive: true });
    expect(store.list()).toEqual([a]);
    expect(await new RecentWorkspaceStore({ file }).load()).toEqual([a]);
  });

  it('starts empty from a corrupt or foreign file, and never throws', async () => {
    const log = vi.fn();
    mkdirSync(join(dir, 'config'));
    for (const content of ['{not json', '[]', '{"version":2,"workspaces":[]}', '']) {
      writeFileSync(file, content);
      await expect(new RecentWorkspaceStore({ file, log }).load()).resolves.toEqual([]);
    }
    expect(log).toHaveBeenCalledWith(expect.stringContaining('cannot be read'));
    expect(log).toHaveBeenCalledWith(expect.stringContaining('Starting with an empty list'));
  });

  it('reads the first release\'s file ({"version": 1}) and saves it with a schemaVersion', async () => {
    const [a, b] = [folder('a'), folder('b')];
    mkdirSync(join(dir, 'config'));
    writeFileSync(file, JSON.stringify({ version: 1, workspaces: [a] }));
    const store = new RecentWorkspaceStore({ file });
    expect(await store.load()).toEqual([a]);
    await store.add(b);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ schemaVersion: 1, workspaces: [b, a] });
  });

  it('logs a failed write instead of throwing', async () => {
    const log = vi.fn();
    const blocker = join(dir, 'blocker');
    writeFileSync(blocker, 'a file where a folder should be');
    const store = new RecentWorkspaceStore({ file: join(blocker, RECENT_WORKSPACES_FILE), log });
    await expect(store.add(folder('a'))).resolves.toBeUndefined();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('cannot save'));
    expect(store.list()).toEqual([join(dir, 'a')]);
  });

  it('clears the list', async () => {
    const store = new RecentWorkspaceStore({ file });
    await store.add(folder('a'));
    await store.clear();
    expect(store.list()).toEqual([]);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ schemaVersion: 1, workspaces: [] });
  });
});
