import type { BrowserWindow } from 'electron';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEngineHolder } from '../../../electron/main/engineHolder';
import { parseGuftaguFile } from '../../../electron/main/guftaguFile';
import { createOpenQueue } from '../../../electron/main/openQueue';
import { RecentWorkspaceStore } from '../../../electron/main/recentStore';
import type { WorkspaceDialog } from '../../../electron/main/workspaceDialogs';
import { createWorkspaceShell } from '../../../electron/main/workspaceShell';
import { fakeEngine } from './fakes';

vi.mock('electron', () => ({}));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'guftagu-shell-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function setup() {
  const folder = (name: string) => {
    const path = join(dir, name);
    mkdirSync(path, { recursive: true });
    return path;
  };
  const current = folder('current');
  const engine = fakeEngine({ workspacePath: current });
  vi.mocked(engine.api['jobs.list']).mockResolvedValue([]);
  const holder = createEngineHolder(engine);
  const dialog = {
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
    showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
    showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })),
  };
  const app = {
    addRecentDocument: vi.fn(),
    clearRecentDocuments: vi.fn(),
    getPath: vi.fn(() => folder('documents')),
  };
  const recents = new RecentWorkspaceStore({ file: join(dir, 'recent.json') });
  const refreshMenu = vi.fn();
  const window = {} as BrowserWindow;
  const createEngine = vi.fn(async (workspacePath: string) => {
    const next = fakeEngine({ workspacePath });
    vi.mocked(next.api['settings.update']).mockResolvedValue({
      ffmpegSource: 'bundled',
      ffmpegConcurrency: 2,
      uiLanguage: 'en',
    });
    return next;
  });
  const shell = createWorkspaceShell({
    app,
    dialog: dialog as unknown as WorkspaceDialog,
    holder,
    recents,
    createEngine,
    flushPage: async () => 'flushed',
    getWindow: () => window,
    refreshMenu,
    log: () => {},
  });
  return { shell, folder, current, holder, dialog, app, recents, refreshMenu, window, createEngine };
}

describe('File → Open Workspace…', () => {
  it('asks for a folder (one that may be created) and switches to it', async () => {
    const { shell, folder, dialog, holder, window, recents, app, refreshMenu } = setup();
    const chosen = folder('interviews');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [chosen] });
    await shell.chooseAndOpen();
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ properties: ['openDirectory', 'createDirectory'] }),
    );
    expect(holder.engine.workspacePath).toBe(chosen);
    expect(recents.list()[0]).toBe(chosen);
    expect(app.addRecentDocument).toHaveBeenCalledWith(chosen);
    expect(refreshMenu).toHaveBeenCalled();
  });

  it('does nothing when the dialog is canceled', async () => {
    const { shell, createEngine } = setup();
    await shell.chooseAndOpen();
    expect(createEngine).not.toHaveBeenCalled();
  });
});

describe('File → Open Recent', () => {
  it('removes a folder that is gone, and says so', async () => {
    const { shell, folder, recents, dialog, createEngine, refreshMenu } = setup();
    const gone = folder('gone');
    await recents.add(gone);
    rmSync(gone, { recursive: true });
    await shell.openRecent(gone);
    expect(createEngine).not.toHaveBeenCalled();
    expect(recents.list()).toEqual([]);
    expect(refreshMenu).toHaveBeenCalled();
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ type: 'error', message: expect.stringContaining('not there any more') }),
    );
  });

  it('clears the list, here and in the system’s recent documents', async () => {
    const { shell, folder, recents, app } = setup();
    await recents.add(folder('a'));
    await shell.clearRecent();
    expect(recents.list()).toEqual([]);
    expect(app.clearRecentDocuments).toHaveBeenCalledOnce();
  });
});

describe('opening a .guftagu file', () => {
  it('switches to the workspace it names', async () => {
    const { shell, folder, holder } = setup();
    const target = folder('target');
    const file = join(dir, 'target.guftagu');
    writeFileSync(file, JSON.stringify({ workspace: target }));
    await shell.openTarget(file);
    expect(holder.engine.workspacePath).toBe(target);
  });

  it('refuses a bad file with a dialog and keeps the workspace', async () => {
    const { shell, holder, current, dialog } = setup();
    const file = join(dir, 'bad.guftagu');
    writeFileSync(file, 'this is not json');
    await shell.openTarget(file);
    expect(holder.engine.workspacePath).toBe(current);
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ message: 'Guftagu cannot open bad.guftagu.' }),
    );
  });

  it('saves a link that opens the current workspace', async () => {
    const { shell, dialog, current } = setup();
    const link = join(dir, 'links', 'Current');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: link });
    await shell.saveLink();
    const text = readFileSync(`${link}.guftagu`, 'utf8');
    expect(parseGuftaguFile(text)).toEqual({ kind: 'pointer', workspace: current });
  });
});

describe('open requests', () => {
  it('keeps what arrives before the app is ready, then hands everything on in order', () => {
    const queue = createOpenQueue();
    queue.push('/a.guftagu');
    queue.push('/b.guftagu');
    expect(queue.takePending()).toEqual(['/a.guftagu', '/b.guftagu']);
    queue.push('/c.guftagu');
    const handler = vi.fn();
    queue.ready(handler);
    queue.push('/d.guftagu');
    expect(handler.mock.calls).toEqual([['/c.guftagu'], ['/d.guftagu']]);
  });
});
