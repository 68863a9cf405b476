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

function setup(isDev: boolean, platform: NodeJS.Platform = 'win32') {
  const sendCommand = vi.fn();
  const mainActions = { 'help.openLogs': vi.fn(), 'help.copyDiagnostics': vi.fn() };
  const items = flatten(buildMenuTemplate({ isDev, platform, sendCommand, mainActions }));
  return { items, sendCommand, mainActions };
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

  it('runs the Help items in main', () => {
    const { items, mainActions, sendCommand } = setup(false);
    click(items.find((item) => item.label === 'Open Logs'));
    click(items.find((item) => item.label === 'Copy Diagnostics'));
    expect(mainActions['help.openLogs']).toHaveBeenCalledOnce();
    expect(mainActions['help.copyDiagnostics']).toHaveBeenCalledOnce();
    expect(sendCommand).not.toHaveBeenCalled();
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
      mainActions: { 'help.openLogs': () => {}, 'help.copyDiagnostics': () => {} },
    });
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(
      electron.Menu.buildFromTemplate.mock.results[0]?.value,
    );
  });
});
