import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { CommandId } from '../../shared/api/commands';

/** Actions main performs itself (the page is not involved). */
export type MainActionId = 'help.openLogs' | 'help.copyDiagnostics';

export type MenuCommand =
  | { id: CommandId; target: 'renderer'; menu: 'file'; label: string; accelerator?: string }
  | { id: MainActionId; target: 'main'; menu: 'help'; label: string; accelerator?: string };

/** Every app-specific menu item, declared once. Renderer commands reach the page via onCommand. */
export const menuCommands: readonly MenuCommand[] = [
  { id: 'session.new', target: 'renderer', menu: 'file', label: 'New Session', accelerator: 'CmdOrCtrl+N' },
  {
    id: 'media.import',
    target: 'renderer',
    menu: 'file',
    label: 'Import Footage…',
    accelerator: 'CmdOrCtrl+O',
  },
  { id: 'help.openLogs', target: 'main', menu: 'help', label: 'Open Logs' },
  { id: 'help.copyDiagnostics', target: 'main', menu: 'help', label: 'Copy Diagnostics' },
];

export interface MenuOptions {
  isDev: boolean;
  platform: NodeJS.Platform;
  /** Sends a command to the page (no-op while no window is open). */
  sendCommand(id: CommandId): void;
  mainActions: Record<MainActionId, () => void>;
}

function itemFor(command: MenuCommand, options: MenuOptions): MenuItemConstructorOptions {
  const click =
    command.target === 'renderer'
      ? () => options.sendCommand(command.id)
      : () => options.mainActions[command.id]();
  return {
    id: command.id,
    label: command.label,
    ...(command.accelerator === undefined ? {} : { accelerator: command.accelerator }),
    click,
  };
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const commands = (menu: MenuCommand['menu']) =>
    menuCommands.filter((command) => command.menu === menu).map((command) => itemFor(command, options));
  const devItems: MenuItemConstructorOptions[] = options.isDev
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
    : [];

  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: '&File',
      submenu: [
        ...commands('file'),
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        ...devItems,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    ...(isMac ? [{ role: 'windowMenu' } satisfies MenuItemConstructorOptions] : []),
    { label: '&Help', role: 'help', submenu: commands('help') },
  ];
}

export function installApplicationMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
