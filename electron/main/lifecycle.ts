import type { App, BrowserWindow, Dialog, Shell } from 'electron';
import type { Engine } from '../engine/types';

export type QuitApp = Pick<App, 'on' | 'quit'>;

export interface QuitOptions {
  app: QuitApp;
  engine: Pick<Engine, 'close'>;
  log: (line: string) => void;
  /**
   * Runs first, inside the same time limit: ask the page to save its pending edits (they go through the
   * engine, so it must still be open). A failure is logged and the engine is closed anyway.
   */
  beforeClose?: () => Promise<unknown>;
  /** Runs after the engine closed (or gave up), right before the real quit: e.g. remove the crash marker. */
  onClosed?: () => void;
  /** How long to wait for the engine before quitting anyway, so the app can always be closed. */
  timeoutMs?: number;
}

/**
 * On quit: hold the quit once, let the page flush its autosaves, let the engine cancel its jobs and finish its saves (no child process
 * left behind), then quit for real.
 */
export function installQuitHandler(options: QuitOptions): void {
  const { app, engine, log } = options;
  const timeoutMs = options.timeoutMs ?? 20_000;
  let state: 'running' | 'closing' | 'closed' = 'running';

  const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
  const flushThenClose = async (): Promise<void> => {
    if (options.beforeClose !== undefined) {
      await options
        .beforeClose()
        .catch((error: unknown) => log(`quit: flushing the page failed: ${describe(error)}`));
    }
    await engine.close();
  };

  const closeEngine = async (): Promise<void> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    try {
      const outcome = await Promise.race([flushThenClose().then(() => 'closed' as const), timeout]);
      if (outcome === 'timeout')
        log(`quit: the engine did not close within ${timeoutMs} ms; quitting anyway`);
    } catch (error) {
      log(`quit: closing the engine failed: ${describe(error)}`);
    } finally {
      clearTimeout(timer);
    }
  };

  app.on('before-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    log('quit: closing the engine');
    void closeEngine().then(() => {
      state = 'closed';
      options.onClosed?.();
      app.quit();
    });
  });
}

/** After a crash: reassure the user that autosaved work is kept, and offer the workspace folder. */
export async function offerRecovery(
  dialog: Pick<Dialog, 'showMessageBox'>,
  shell: Pick<Shell, 'openPath'>,
  window: BrowserWindow,
  workspacePath: string,
): Promise<void> {
  const { response } = await dialog.showMessageBox(window, {
    type: 'info',
    title: 'Guftagu',
    message: 'Guftagu did not close properly last time.',
    detail:
      'Your autosaved work is kept: sessions are saved as you edit and reopen as they were. ' +
      'Jobs that were running (imports, transcriptions, exports) may need to be started again.\n\n' +
      `Workspace: ${workspacePath}`,
    buttons: ['Continue', 'Open Workspace Folder'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  });
  if (response === 1) {
    const failure = await shell.openPath(workspacePath);
    if (failure !== '') throw new Error(failure);
  }
}
