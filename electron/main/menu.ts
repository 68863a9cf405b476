import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { CommandId } from '../../shared/api/commands';

/** Actions main performs itself (the page is not involved). */
export type MainActionId =
  | 'file.openWorkspace'
  | 'file.saveWorkspaceLink'
  | 'file.clearRecent'
  | 'help.openLogs'
  | 'help.copyDiagnostics';

export type MenuCommand =
  | { id: CommandId; target: 'renderer'; menu: 'file' | 'editor'; label: string; accelerator?: string }
  | {
      id: Exclude<MainActionId, 'file.clearRecent'>;
      target: 'main';
      menu: 'file' | 'help';
      label: string;
      accelerator?: string;
    };

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
  {
    id: 'file.openWorkspace',
    target: 'main',
    menu: 'file',
    label: 'Open Workspace…',
    accelerator: 'CmdOrCtrl+Shift+O',
  },
  { id: 'file.saveWorkspaceLink', target: 'main', menu: 'file', label: 'Save Workspace Link…' },
  // The editor's own keys do these in the page (shown in its ? help); an accelerator here would run them twice.
  { id: 'editor.undo', target: 'renderer', menu: 'editor', label: 'Undo Subtitle Edit' },
  { id: 'editor.redo', target: 'renderer', menu: 'editor', label: 'Redo Subtitle Edit' },
  { id: 'editor.split', target: 'renderer', menu: 'editor', label: 'Split Cue at Caret' },
  { id: 'editor.merge', target: 'renderer', menu: 'editor', label: 'Merge with Next Cue' },
  { id: 'editor.insert-after', target: 'renderer', menu: 'editor', label: 'Insert Cue After' },
  { id: 'editor.delete-cue', target: 'renderer', menu: 'editor', label: 'Delete Cue' },
  { id: 'editor.next-problem', target: 'renderer', menu: 'editor', label: 'Next Problem' },
  { id: 'editor.next-uncertain', target: 'renderer', menu: 'editor', label: 'Next Unsure Word' },
  { id: 'editor.find', target: 'renderer', menu: 'editor', label: 'Find and Replace' },
  { id: 'editor.retime', target: 'renderer', menu: 'editor', label: 'Shift or Stretch Times…' },
  { id: 'editor.help', target: 'renderer', menu: 'editor', label: 'Editor Keyboard Shortcuts' },
  { id: 'help.openLogs', target: 'main', menu: 'help', label: 'Open Logs' },
  { id: 'help.copyDiagnostics', target: 'main', menu: 'help', label: 'Copy Diagnostics' },
];

export interface MenuOptions {
  isDev: boolean;
  platform: NodeJS.Platform;
  /** Sends a command to the page (no-op while no window is open). */
  sendCommand(id: CommandId): void;
  mainActions: Record<MainActionId, () => void>;
  /** File → Open Recent: workspace folders, most recent first. */
  recentWorkspaces?: readonly string[];
  openRecent?(folder: string): void;
  /** The subtitle editor is open in the page: the Subtitles items act on it (disabled otherwise). */
  editorOpen?: boolean;
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
    ...(command.menu === 'editor' ? { enabled: options.editorOpen === true } : {}),
    click,
  };
}

/** A path as a menu label: Electron reads `&` as an access-key mark (and drops it, on every OS). */
export function menuLabelForPath(folder: string): string {
  return folder.replaceAll('&', '&&');
}

export function recentSubmenu(options: MenuOptions): MenuItemConstructorOptions[] {
  const recent = options.recentWorkspaces ?? [];
  const items: MenuItemConstructorOptions[] =
    recent.length === 0
      ? [{ label: 'No Recent Workspaces', enabled: false }]
      : recent.map((folder, index) => ({
          id: `file.recent.${index}`,
          label: menuLabelForPath(folder),
          click: () => options.openRecent?.(folder),
        }));
  return [
    ...items,
    { type: 'separator' },
    {
      id: 'file.clearRecent',
      label: 'Clear Recently Opened',
      enabled: recent.length > 0,
      click: () => options.mainActions['file.clearRecent'](),
    },
  ];
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const commands = (menu: MenuCommand['menu'], target?: MenuCommand['target']) =>
    menuCommands
      .filter((command) => command.menu === menu && (target === undefined || command.target === target))
      .map((command) => itemFor(command, options));
  const item = (id: MenuCommand['id']) =>
    menuCommands.filter((command) => command.id === id).map((command) => itemFor(command, options));
  const devItems: MenuItemConstructorOptions[] = options.isDev
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
    : [];

  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: '&File',
      submenu: [
        ...commands('file', 'renderer'),
        { type: 'separator' },
        ...item('file.openWorkspace'),
        { id: 'file.openRecent', label: 'Open &Recent', submenu: recentSubmenu(options) },
        ...item('file.saveWorkspaceLink'),
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
    { label: 'Su&btitles', submenu: commands('editor') },
    ...(isMac ? [{ role: 'windowMenu' } satisfies MenuItemConstructorOptions] : []),
    { label: '&Help', role: 'help', submenu: commands('help') },
  ];
}

/** Installs the menu; call again to rebuild it (after the recent workspaces changed). */
export function installApplicationMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
