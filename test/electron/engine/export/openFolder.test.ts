import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFolder, systemOpener } from '../../../../electron/engine/export/openFolder';

let workspace: string;
beforeEach(() => {
  workspace = mkdtempSync(path.join(os.tmpdir(), 'guftagu-open-'));
});
afterEach(() => rmSync(workspace, { recursive: true, force: true }));

describe('openFolder', () => {
  it('uses the platform file manager', () => {
    expect(systemOpener('win32')).toBe('explorer.exe');
    expect(systemOpener('darwin')).toBe('open');
    expect(systemOpener('linux')).toBe('xdg-open');
  });

  it('refuses folders outside the workspace, including ../ tricks', async () => {
    await expect(openFolder(os.tmpdir(), workspace, process.execPath)).rejects.toMatchObject({
      code: 'invalid-request',
    });
    await expect(
      openFolder(path.join(workspace, '..', '..'), workspace, process.execPath),
    ).rejects.toMatchObject({ code: 'invalid-request' });
  });

  it('says so when the folder is gone, or no opener program exists', async () => {
    await expect(
      openFolder(path.join(workspace, 'exports', 'gone'), workspace, process.execPath),
    ).rejects.toMatchObject({ code: 'not-found' });
    const folder = path.join(workspace, 'exports', 'b-1');
    mkdirSync(folder, { recursive: true });
    await expect(openFolder(folder, workspace, '/nonexistent/opener')).rejects.toMatchObject({
      code: 'tool-missing',
    });
  });

  it('starts the opener on an export folder inside the workspace', async () => {
    const folder = path.join(workspace, 'sessions', 's-1', 'exports', 'b-1');
    mkdirSync(folder, { recursive: true });
    // A real program stands in for the file manager: it starts, which is all openFolder waits for.
    await expect(openFolder(folder, workspace, process.execPath)).resolves.toBeUndefined();
  });
});
