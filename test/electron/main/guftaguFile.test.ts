import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openRequestFromArgs } from '../../../electron/main/args';
import {
  formatGuftaguFile,
  isGuftaguFileName,
  parseGuftaguFile,
  resolvePointer,
} from '../../../electron/main/guftaguFile';
import { resolveOpenTarget } from '../../../electron/main/openTarget';
import { chooseStartWorkspace, openStartEngine } from '../../../electron/main/startWorkspace';

vi.mock('electron', () => ({}));

describe('.guftagu parser', () => {
  it('reads a pointer, with or without a byte-order mark', () => {
    expect(parseGuftaguFile('{"workspace": "D:\\\\Interviews"}')).toEqual({
      kind: 'pointer',
      workspace: 'D:\\Interviews',
    });
    expect(parseGuftaguFile('\uFEFF{ "workspace": " ../work " }\n')).toEqual({
      kind: 'pointer',
      workspace: '../work',
    });
    expect(parseGuftaguFile(formatGuftaguFile('/home/amina/Guftagu'))).toEqual({
      kind: 'pointer',
      workspace: '/home/amina/Guftagu',
    });
  });

  it('takes an empty file, or one with no pointer, as "inside a workspace"', () => {
    expect(parseGuftaguFile('')).toEqual({ kind: 'inside' });
    expect(parseGuftaguFile('  \n')).toEqual({ kind: 'inside' });
    expect(parseGuftaguFile('{"version": 1}')).toEqual({ kind: 'inside' });
  });

  it('refuses anything else with a reason', () => {
    for (const text of [
      'not json',
      '[]',
      '"D:\\\\x"',
      'null',
      '{"workspace": 3}',
      '{"workspace": "  "}',
      '{"workspace": "a\\u0000b"}',
      `{"workspace": "${'x'.repeat(5000)}"}`,
    ]) {
      const parsed = parseGuftaguFile(text);
      expect(parsed.kind, text.slice(0, 30)).toBe('invalid');
      if (parsed.kind === 'invalid') expect(parsed.reason.length).toBeGreaterThan(0);
    }
  });

  it('resolves a relative pointer from the file’s folder and refuses network paths', () => {
    expect(resolvePointer('C:\\Users\\a\\Desktop\\x.guftagu', '..\\Work', 'win32')).toEqual({
      ok: true,
      folder: 'C:\\Users\\a\\Work',
    });
    expect(resolvePointer('C:\\x.guftagu', 'D:\\Interviews', 'win32')).toEqual({
      ok: true,
      folder: 'D:\\Interviews',
    });
    expect(resolvePointer('/home/a/x.guftagu', 'work', 'linux')).toEqual({
      ok: true,
      folder: '/home/a/work',
    });
    for (const network of ['\\\\evil\\share', '//evil/share', '\\\\?\\C:\\x'])
      expect(resolvePointer('C:\\x.guftagu', network, 'win32').ok, network).toBe(false);
  });

  it('knows its file names', () => {
    expect(isGuftaguFileName('Interviews.guftagu')).toBe(true);
    expect(isGuftaguFileName('C:\\A\\B.GUFTAGU')).toBe(true);
    expect(isGuftaguFileName('.guftagu')).toBe(false);
    expect(isGuftaguFileName('x.guftagu.txt')).toBe(false);
  });
});

describe('opening a path from outside', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'guftagu-open-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, content: string) => {
    const file = join(dir, name);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, content);
    return file;
  };

  it('opens the workspace a pointer names (relative to the file)', async () => {
    mkdirSync(join(dir, 'work'));
    const file = write('links/work.guftagu', formatGuftaguFile('../work'));
    expect(await resolveOpenTarget(file)).toEqual({ ok: true, workspace: join(dir, 'work') });
  });

  it('opens the workspace a pointer-less file sits in', async () => {
    mkdirSync(join(dir, 'ws/sessions/s-1'), { recursive: true });
    expect(await resolveOpenTarget(write('ws/sessions/s-1/open.guftagu', ''))).toEqual({
      ok: true,
      workspace: join(dir, 'ws'),
    });
    expect(await resolveOpenTarget(write('ws/here.guftagu', '{}'))).toEqual({
      ok: true,
      workspace: join(dir, 'ws'),
    });
  });

  it('opens a folder as a workspace (the Dock’s recent list, a command line)', async () => {
    expect(await resolveOpenTarget(dir)).toEqual({ ok: true, workspace: dir });
  });

  it('refuses, with a message and a detail, what it cannot open', async () => {
    mkdirSync(join(dir, 'lonely'));
    const cases = {
      missing: join(dir, 'nope.guftagu'),
      notOurs: write('notes.txt', '{"workspace": "."}'),
      garbage: write('bad.guftagu', '<xml/>'),
      gone: write('gone.guftagu', formatGuftaguFile(join(dir, 'moved-away'))),
      network: write('net.guftagu', formatGuftaguFile('\\\\server\\share')),
      nowhere: write('lonely/x.guftagu', ''),
      huge: write('huge.guftagu', `{"workspace": "${'a'.repeat(70_000)}"}`),
    };
    for (const [name, target] of Object.entries(cases)) {
      const result = await resolveOpenTarget(target);
      expect(result.ok, name).toBe(false);
      if (!result.ok) {
        expect(result.message, name).toMatch(/^Guftagu cannot open /);
        expect(result.detail.length, name).toBeGreaterThan(10);
      }
    }
  });

  it('starts with --workspace, else the last valid file, and reports the others', async () => {
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    const a = write('a.guftagu', formatGuftaguFile('a'));
    const b = write('b.guftagu', formatGuftaguFile('b'));
    const bad = write('bad.guftagu', 'nonsense');
    expect(await chooseStartWorkspace('/explicit', [a])).toEqual({
      workspace: '/explicit',
      fromFile: false,
      refused: [],
    });
    const chosen = await chooseStartWorkspace(undefined, [a, bad, b]);
    expect(chosen).toMatchObject({ workspace: join(dir, 'b'), fromFile: true });
    expect(chosen.refused).toHaveLength(1);
    expect(await chooseStartWorkspace(undefined, [])).toEqual({ fromFile: false, refused: [] });
  });
});

describe('command line', () => {
  it('finds .guftagu files and --workspace, ignoring the app and Chromium switches', () => {
    const argv = [
      'C:\\Program Files\\Guftagu\\Guftagu.exe',
      '--allow-file-access-from-files',
      '--workspace',
      'D:\\not-a-file.guftagu',
      'C:\\Users\\a\\Desktop\\Interviews.guftagu',
      '--original-process-start-time=1',
    ];
    expect(openRequestFromArgs(argv)).toEqual({
      workspace: resolve('D:\\not-a-file.guftagu'),
      files: [resolve('C:\\Users\\a\\Desktop\\Interviews.guftagu')],
    });
  });

  it('resolves a second instance’s relative paths against its own working folder', () => {
    const cwd = resolve('/home/a');
    expect(openRequestFromArgs(['guftagu', 'links/x.guftagu', '--workspace=ws'], cwd)).toEqual({
      workspace: resolve(cwd, 'ws'),
      files: [resolve(cwd, 'links/x.guftagu')],
    });
  });

  it('asks for nothing on a plain start (also in development, where argv has ".")', () => {
    expect(openRequestFromArgs(['/usr/bin/electron', '.'])).toEqual({ files: [] });
    expect(openRequestFromArgs(['guftagu'])).toEqual({ files: [] });
  });
});

describe('the first engine', () => {
  it('falls back to the usual workspace when an opened file’s one cannot be used', async () => {
    const openEngine = vi.fn(async (workspace: string | undefined) => {
      if (workspace !== undefined) throw new Error('read-only');
      return 'usual engine';
    });
    const started = await openStartEngine({ workspace: '/ro', fromFile: true, refused: [] }, openEngine);
    expect(started.engine).toBe('usual engine');
    expect(started.refused).toEqual([
      { ok: false, message: 'Guftagu cannot open /ro.', detail: 'read-only' },
    ]);
  });

  it('still fails the start for a bad --workspace', async () => {
    const openEngine = vi.fn(async () => Promise.reject(new Error('read-only')));
    await expect(
      openStartEngine({ workspace: '/ro', fromFile: false, refused: [] }, openEngine),
    ).rejects.toThrow('read-only');
    expect(openEngine).toHaveBeenCalledOnce();
  });
});
