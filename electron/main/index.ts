import { app, BrowserWindow, clipboard, dialog, ipcMain, session, shell } from 'electron';
import { join } from 'node:path';
import { COMMAND_CHANNEL } from '../../shared/api/commands';
import { toErrorInfo } from '../../shared/errors';
import { createEngine } from '../engine/engine';
import type { Engine } from '../engine/types';
import { defaultConfigDir } from '../engine/workspace/paths';
import { handleAppProtocol } from './appProtocol';
import { appSchemePrivileges } from './appScheme';
import { isAppUrl, rendererSource } from './appUrl';
import { openRequestFromArgs, type OpenRequest } from './args';
import { beginRun } from './crashMarker';
import { buildContentSecurityPolicy, CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { createEngineHolder } from './engineHolder';
import { copyDiagnostics, openLogs, type HelpDeps } from './helpActions';
import { bindApiToIpc } from './ipc';
import { installQuitHandler, offerRecovery } from './lifecycle';
import { createFileLog } from './log';
import { bindPathGrants, desktopPathRefusal, GrantedPaths } from './grantedPaths';
import { handleMediaProtocol, registerMediaScheme } from './mediaProtocol';
import { bindEditorMenuState } from './editorMenuState';
import { installApplicationMenu } from './menu';
import { createOpenQueue } from './openQueue';
import { openExternalSafely } from './openExternal';
import { createPageFlusher, guardWindowClose, type CloseGuard } from './pageFlush';
import { RECENT_WORKSPACES_FILE, RecentWorkspaceStore } from './recentStore';
import { ensureSingleInstance } from './singleInstance';
import { applySessionSecurity, hardenWebContents } from './security';
import { chooseStartWorkspace, openStartEngine, type Refusal } from './startWorkspace';
import { createSenderCheck } from './trustedSender';
import { createMainWindow } from './window';
import { showOpenError } from './workspaceDialogs';
import { createWorkspaceShell } from './workspaceShell';

// Before `ready`: the media scheme's privileges, and one config folder shared with the CLI (settings,
// models, and the engine's log in logs/, beside main's own).
registerMediaScheme(appSchemePrivileges);
app.setPath('userData', defaultConfigDir());

let mainWindow: BrowserWindow | undefined;

// Paths the system asks us to open: a double-clicked .guftagu file or a folder from the Dock on macOS
// (this can come before `ready`), or a second instance's command line on Windows and Linux.
const openQueue = createOpenQueue();
const queueRequest = (request: OpenRequest) => {
  if (request.workspace !== undefined) openQueue.push(request.workspace);
  for (const file of request.files) openQueue.push(file);
};
app.on('open-file', (event, path) => {
  event.preventDefault();
  openQueue.push(path);
});

if (
  ensureSingleInstance(
    app,
    () => mainWindow,
    (argv, workingDirectory) => queueRequest(openRequestFromArgs(argv, workingDirectory)),
  )
) {
  void start().catch((error: unknown) => fail(error));
}

async function start(): Promise<void> {
  await app.whenReady();
  const userData = app.getPath('userData');
  const logDir = join(userData, 'logs');
  const fileLog = createFileLog(logDir, !app.isPackaged);
  const log = fileLog.log;
  log(
    `start: Guftagu ${app.getVersion()}, Electron ${process.versions.electron ?? '?'}, ${process.platform}`,
  );
  const marker = beginRun(userData, log);

  const openEngine = (workspacePath: string | undefined): Promise<Engine> =>
    createEngine({
      workspacePath,
      // The same folder as userData: the engine's log (every ffmpeg and whisper command line) is
      // logs/guftagu.log there, next to main.log, and Help → Open Logs shows both.
      configDir: userData,
      binding: 'electron',
      log: (line) => {
        if (!app.isPackaged) console.log(line);
      },
    });

  // --workspace wins; otherwise a .guftagu file the app was opened with; otherwise the saved setting.
  const args = openRequestFromArgs(process.argv);
  const first = await chooseStartWorkspace(args.workspace, [...args.files, ...openQueue.takePending()]);
  let engine: Engine;
  let refusals: Refusal[];
  try {
    ({ engine, refused: refusals } = await openStartEngine(first, openEngine));
  } catch (error) {
    marker.end();
    fail(error);
    return;
  }
  const holder = createEngineHolder(engine);
  // Everything below talks to `current`, which always forwards to the engine now serving.
  const current = holder.engine;

  const source = rendererSource({
    isPackaged: app.isPackaged,
    devUrl: process.env['ELECTRON_RENDERER_URL'],
    indexHtmlPath: join(__dirname, '../renderer/index.html'),
  });
  const isOurs = (url: string | undefined) => isAppUrl(source, url);
  const csp =
    source.kind === 'url'
      ? buildContentSecurityPolicy({ devServerOrigin: new URL(source.url).origin })
      : CONTENT_SECURITY_POLICY;

  const openLink = (url: string) => void openExternalSafely(url, { shell, log });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isOurs, log, openLink));
  applySessionSecurity(session.defaultSession, csp);
  handleMediaProtocol(current, log);
  if (source.kind === 'app') handleAppProtocol(source.root, csp);

  const isTrustedSender = createSenderCheck(() => mainWindow, isOurs);
  const granted = new GrantedPaths();
  bindPathGrants(ipcMain, granted, isTrustedSender, log);
  bindApiToIpc(
    ipcMain,
    current,
    isTrustedSender,
    () => mainWindow?.webContents,
    log,
    (name, payload) => desktopPathRefusal(name, payload, granted, current.workspacePath),
  );

  const flushPage = createPageFlusher({ ipcMain, getWindow: () => mainWindow, log });
  const recents = new RecentWorkspaceStore({ file: join(userData, RECENT_WORKSPACES_FILE), log });
  await recents.load();

  const help: HelpDeps = {
    engine: current,
    shell,
    clipboard,
    logDir,
    versions: { ...process.versions, app: app.getVersion() },
    log,
  };
  const refreshMenu = () =>
    installApplicationMenu({
      editorOpen: editorMenu.isOpen(),
      isDev: !app.isPackaged,
      platform: process.platform,
      sendCommand: (id) => mainWindow?.webContents.send(COMMAND_CHANNEL, id),
      recentWorkspaces: recents.list(),
      openRecent: (folder) => void workspaces.openRecent(folder),
      mainActions: {
        'file.openWorkspace': () => void workspaces.chooseAndOpen(),
        'file.saveWorkspaceLink': () => void workspaces.saveLink(),
        'file.clearRecent': () => void workspaces.clearRecent(),
        'help.openLogs': () => void openLogs(help),
        'help.copyDiagnostics': () => void copyDiagnostics(help),
      },
    });
  const editorMenu = bindEditorMenuState(ipcMain, isTrustedSender, () => refreshMenu(), log);
  const workspaces = createWorkspaceShell({
    app,
    dialog,
    holder,
    recents,
    createEngine: openEngine,
    flushPage,
    getWindow: () => mainWindow,
    refreshMenu,
    log,
  });
  await workspaces.remember(current.workspacePath);

  let closeGuard: CloseGuard | undefined;
  installQuitHandler({
    app,
    engine: current,
    log,
    // Finish a workspace switch under way, then let the page save its pending edits.
    beforeClose: async () => {
      await workspaces.switcher.idle();
      await flushPage();
      closeGuard?.release();
    },
    onClosed: () => {
      marker.end();
      void fileLog.close();
    },
  });

  const openWindow = (): BrowserWindow => {
    const window = createMainWindow({
      preloadPath: join(__dirname, '../preload/index.js'),
      stateFile: join(userData, 'window-state.json'),
      log,
    });
    mainWindow = window;
    closeGuard = guardWindowClose(window, flushPage);
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = undefined;
      editorMenu.reset();
    });
    // A reload or a crash loses the page's editor without it saying so: the Subtitles menu turns off.
    window.webContents.on('did-start-loading', () => editorMenu.reset());
    // Windows shutdown or log-off skips before-quit: at least stop the jobs and their processes.
    window.on('session-end', () => void current.close());
    window.webContents.on('render-process-gone', (_event, details) => {
      log(`window: renderer gone (${details.reason})`);
      editorMenu.reset();
    });
    const loading = window.loadURL(source.url);
    loading.catch((error: unknown) => log(`window: cannot load the page: ${toErrorInfo(error).message}`));
    return window;
  };

  const window = openWindow();
  window.once('ready-to-show', () => {
    void (async () => {
      for (const refusal of refusals) await showOpenError(dialog, window, refusal.message, refusal.detail);
      if (!marker.previousRunCrashed) return;
      log('start: the previous run did not close cleanly');
      await offerRecovery(dialog, shell, window, current.workspacePath);
    })().catch((error: unknown) => log(`start: ${toErrorInfo(error).message}`));
  });

  openQueue.ready((target) => {
    log(`open: ${target}`);
    if (mainWindow === undefined) openWindow();
    void workspaces.openTarget(target);
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

function fail(error: unknown): void {
  const info = toErrorInfo(error);
  dialog.showErrorBox('Guftagu cannot start', `${info.message}\n\n${info.hint}`);
  app.exit(1);
}
