import {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  ipcMain,
  session,
  shell,
  type IpcMainInvokeEvent,
} from 'electron';
import { join } from 'node:path';
import { COMMAND_CHANNEL } from '../../shared/api/commands';
import { toErrorInfo } from '../../shared/errors';
import { createEngine } from '../engine/engine';
import type { Engine } from '../engine/types';
import { defaultConfigDir } from '../engine/workspace/paths';
import { isAppUrl, rendererSource } from './appUrl';
import { workspaceFromArgs } from './args';
import { beginRun } from './crashMarker';
import { buildContentSecurityPolicy, CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { copyDiagnostics, openLogs, type HelpDeps } from './helpActions';
import { bindApiToIpc } from './ipc';
import { installQuitHandler, offerRecovery } from './lifecycle';
import { createFileLog } from './log';
import { handleMediaProtocol, registerMediaScheme } from './mediaProtocol';
import { installApplicationMenu } from './menu';
import { ensureSingleInstance } from './singleInstance';
import { applySessionSecurity, hardenWebContents } from './security';
import { createMainWindow } from './window';

// Before `ready`: the media scheme's privileges, and one config folder shared with the CLI (settings, models).
registerMediaScheme();
app.setPath('userData', defaultConfigDir());

let mainWindow: BrowserWindow | undefined;

if (ensureSingleInstance(app, () => mainWindow)) {
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

  let engine: Engine;
  try {
    engine = await createEngine({
      workspacePath: workspaceFromArgs(process.argv),
      configDir: userData,
      binding: 'electron',
      log: (line) => {
        if (!app.isPackaged) console.log(line);
      },
    });
  } catch (error) {
    marker.end();
    fail(error);
    return;
  }

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

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isOurs, log));
  applySessionSecurity(session.defaultSession, csp);
  handleMediaProtocol(engine, log);

  const isTrustedSender = (event: IpcMainInvokeEvent): boolean =>
    mainWindow !== undefined &&
    !mainWindow.isDestroyed() &&
    event.sender === mainWindow.webContents &&
    isOurs(event.senderFrame?.url);
  bindApiToIpc(ipcMain, engine, isTrustedSender, () => mainWindow?.webContents, log);

  const help: HelpDeps = {
    engine,
    shell,
    clipboard,
    logDir,
    versions: { ...process.versions, app: app.getVersion() },
    log,
  };
  installApplicationMenu({
    isDev: !app.isPackaged,
    platform: process.platform,
    sendCommand: (id) => mainWindow?.webContents.send(COMMAND_CHANNEL, id),
    mainActions: {
      'help.openLogs': () => void openLogs(help),
      'help.copyDiagnostics': () => void copyDiagnostics(help),
    },
  });
  installQuitHandler({
    app,
    engine,
    log,
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
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = undefined;
    });
    // Windows shutdown or log-off skips before-quit: at least stop the jobs and their processes.
    window.on('session-end', () => void engine.close());
    window.webContents.on('render-process-gone', (_event, details) =>
      log(`window: renderer gone (${details.reason})`),
    );
    const loading = source.kind === 'url' ? window.loadURL(source.url) : window.loadFile(source.path);
    loading.catch((error: unknown) => log(`window: cannot load the page: ${toErrorInfo(error).message}`));
    return window;
  };

  const window = openWindow();
  if (marker.previousRunCrashed) {
    log('start: the previous run did not close cleanly');
    window.once('ready-to-show', () => {
      offerRecovery(dialog, shell, window, engine.workspacePath).catch((error: unknown) =>
        log(`recovery: ${toErrorInfo(error).message}`),
      );
    });
  }

  app.on('second-instance', (_event, argv) =>
    log(`start: second instance asked to open (${argv.length} args)`),
  );
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
