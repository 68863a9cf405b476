import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { commandIds } from '../../../shared/api/commands';

const electron = vi.hoisted(() => ({
  Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
}));
vi.mock('electron', () => electron);

const { buildMenuTemplate, installApplicationMenu, menuCommands } =
  await import('../../../electron/main/menu');

const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);

const noActions = () => ({
  'file.openWorkspace': vi.fn(),
  'file.saveWorkspaceLink': vi.fn(),
  'file.clearRecent': vi.fn(),
  'help.openLogs': vi.fn(),
  'help.copyDiagnostics': vi.fn(),
});

function setup(
  isDev: boolean,
  platform: NodeJS.Platform = 'win32',
  recentWorkspaces: string[] = [],
  editorOpen = true,
) {
  const sendCommand = vi.fn();
  const openRecent = vi.fn();
  const mainActions = noActions();
  const template = buildMenuTemplate({
    isDev,
    platform,
    sendCommand,
    mainActions,
    recentWorkspaces,
    openRecent,
    editorOpen,
  });
  const items = flatten(template);
  return { template, items, sendCommand, mainActions, openRecent };
}

const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.();

describe('application menu', () => {
  it('maps each accelerator to its command id', () => {
    const { items, sendCommand } = setup(false);
    const expected: Record<string, string> = { 'CmdOrCtrl+N': 'session.new', 'CmdOrCtrl+O': 'media.import' };
    for (const [accelerator, commandId] of Object.entries(expected)) {
      const item = items.find((candidate) => candidate.accelerator === accelerator);
      expect(item, accelerator).toBeDefined();
      sendCommand.mockClear();
      click(item);
      expect(sendCommand).toHaveBeenCalledWith(commandId);
    }
  });

  it('declares every renderer command once, with distinct accelerators', () => {
    const rendererCommands = menuCommands.filter((command) => command.target === 'renderer');
    expect(rendererCommands.map((command) => command.id).sort()).toEqual([...commandIds].sort());
    const accelerators = menuCommands.flatMap((command) =>
      command.accelerator ? [command.accelerator] : [],
    );
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it("sends the subtitle editor's commands from the Subtitles menu, without accelerators (the page's keys do them)", () => {
    const { template, sendCommand } = setup(false);
    const subtitles = template.find((menu) => menu.label === 'Su&btitles');
    const items = Array.isArray(subtitles?.submenu) ? subtitles.submenu : [];
    expect(items.map((item) => item.id)).toEqual(commandIds.filter((id) => id.startsWith('editor.')));
    for (const item of items) {
      expect(item.accelerator, String(item.id)).toBeUndefined();
      sendCommand.mockClear();
      click(item);
      expect(sendCommand).toHaveBeenCalledWith(item.id);
    }
  });

  it('enables the Subtitles items only while the editor is open; the other menus stay as they are', () => {
    const subtitlesOf = (editorOpen: boolean) => {
      const { template } = setup(false, 'win32', [], editorOpen);
      const subtitles = template.find((menu) => menu.label === 'Su&btitles');
      return Array.isArray(subtitles?.submenu) ? subtitles.submenu : [];
    };
    expect(subtitlesOf(false).length).toBeGreaterThan(0);
    expect(subtitlesOf(false).map((item) => item.enabled)).toEqual(subtitlesOf(false).map(() => false));
    expect(subtitlesOf(true).map((item) => item.enabled)).toEqual(subtitlesOf(true).map(() => true));
    const closed = setup(false, 'win32', [], false).items;
    for (const id of ['session.new', 'media.import', 'file.openWorkspace', 'help.openLogs'])
      expect(closed.find((item) => item.id === id)?.enabled, id).toBeUndefined();
  });

  it('runs the Help items in main', () => {
    const { items, mainActions, sendCommand } = setup(false);
    click(items.find((item) => item.label === 'Open Logs'));
    click(items.find((item) => item.label === 'Copy Diagnostics'));
    expect(mainActions['help.openLogs']).toHaveBeenCalledOnce();
    expect(mainActions['help.copyDiagnostics']).toHaveBeenCalledOnce();
    expect(sendCommand).not.toHaveBeenCalled();
  });

  it('opens a workspace from the File menu, and lists recent ones under Open Recent', () => {
    const recent = ['D:\\Interviews & Oral History', 'C:\\Users\\amina\\Guftagu'];
    const { template, items, mainActions, openRecent, sendCommand } = setup(false, 'win32', recent);
    const file = template.find((menu) => menu.label === '&File');
    const fileItems = (file?.submenu as MenuItemConstructorOptions[]).map((item) => item.label ?? item.role);
    expect(fileItems).toEqual([
      'New Session',
      'Import Footage…',
      undefined,
      'Open Workspace…',
      'Open &Recent',
      'Save Workspace Link…',
      undefined,
      'quit',
    ]);

    const open = items.find((item) => item.label === 'Open Workspace…');
    expect(open?.accelerator).toBe('CmdOrCtrl+Shift+O');
    click(open);
    expect(mainActions['file.openWorkspace']).toHaveBeenCalledOnce();

    const submenu = items.find((item) => item.id === 'file.openRecent')
      ?.submenu as MenuItemConstructorOptions[];
    expect(submenu.map((item) => item.label ?? item.type)).toEqual([
      'D:\\Interviews && Oral History', // A literal & in a path, not an access key.
      'C:\\Users\\amina\\Guftagu',
      'separator',
      'Clear Recently Opened',
    ]);
    click(submenu[1]);
    expect(openRecent).toHaveBeenCalledWith('C:\\Users\\amina\\Guftagu');
    click(submenu[0]);
    expect(openRecent).toHaveBeenLastCalledWith('D:\\Interviews & Oral History');
    click(submenu[3]);
    expect(mainActions['file.clearRecent']).toHaveBeenCalledOnce();
    click(items.find((item) => item.label === 'Save Workspace Link…'));
    expect(mainActions['file.saveWorkspaceLink']).toHaveBeenCalledOnce();
    expect(sendCommand).not.toHaveBeenCalled();
  });

  it('shows an empty Open Recent, with nothing to clear', () => {
    const { items } = setup(false, 'darwin', []);
    const submenu = items.find((item) => item.id === 'file.openRecent')
      ?.submenu as MenuItemConstructorOptions[];
    expect(submenu[0]).toMatchObject({ label: 'No Recent Workspaces', enabled: false });
    expect(submenu.at(-1)).toMatchObject({ label: 'Clear Recently Opened', enabled: false });
  });

  it('has the edit roles, and reload and devtools only in development', () => {
    const roles = (isDev: boolean) => setup(isDev).items.flatMap((item) => (item.role ? [item.role] : []));
    expect(roles(false)).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit']),
    );
    expect(roles(false)).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom']));
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('follows macOS conventions there', () => {
    const { items } = setup(false, 'darwin');
    expect(items[0]?.role).toBe('appMenu');
    expect(items.some((item) => item.role === 'quit')).toBe(false);
  });

  it('installs the built menu', () => {
    installApplicationMenu({
      isDev: false,
      platform: 'linux',
      sendCommand: () => {},
      mainActions: noActions(),
    });
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(
      electron.Menu.buildFromTemplate.mock.results[0]?.value,
    );
  });
});
