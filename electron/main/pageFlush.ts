import type { IpcMain, IpcMainEvent, WebContents } from 'electron';
import { APP_FLUSH, COMMAND_CHANNEL, FLUSHED_CHANNEL } from '../../shared/api/commands';

/**
 * Saving what the page has not saved yet, before the window closes, the app quits or the workspace
 * changes. The page's autosave waits for a pause in typing, so the last edit may still be pending.
 *
 * Design (the simplest that is safe): main sends APP_FLUSH on the command channel; the preload (not the
 * page) runs the page's `onFlushRequest` listeners, waits for the saves they return (ordinary contract
 * calls, which main serves while it waits) and answers on FLUSHED_CHANNEL. Main accepts that answer only
 * from the window it asked, and waits FLUSH_TIMEOUT_MS at most, so a hung or crashed page can never keep
 * the app from closing. No script is injected into the page, and the page gets no new channel: it sees
 * only its own listener being called. A page without listeners is answered at once.
 */
export const FLUSH_TIMEOUT_MS = 3_000;

export type FlushOutcome = 'flushed' | 'timeout' | 'no-page';
export type FlushIpc = Pick<IpcMain, 'on' | 'removeListener'>;
export interface FlushablePage {
  isDestroyed(): boolean;
  webContents: Pick<WebContents, 'send' | 'isDestroyed' | 'isCrashed'>;
}

export interface PageFlusherOptions {
  ipcMain: FlushIpc;
  getWindow(): FlushablePage | undefined;
  timeoutMs?: number;
  log?: (line: string) => void;
}

/** Returns `flush()`: asks the page to save and resolves when it has, or after the timeout. */
export function createPageFlusher(options: PageFlusherOptions): () => Promise<FlushOutcome> {
  const timeoutMs = options.timeoutMs ?? FLUSH_TIMEOUT_MS;
  const log = options.log ?? (() => {});
  let inFlight: Promise<FlushOutcome> | undefined;

  const run = (): Promise<FlushOutcome> => {
    const window = options.getWindow();
    if (window === undefined || window.isDestroyed()) return Promise.resolve('no-page');
    const contents = window.webContents;
    if (contents.isDestroyed() || contents.isCrashed()) return Promise.resolve('no-page');

    return new Promise<FlushOutcome>((resolve) => {
      const finish = (outcome: FlushOutcome) => {
        clearTimeout(timer);
        options.ipcMain.removeListener(FLUSHED_CHANNEL, onFlushed);
        if (outcome !== 'flushed') log(`flush: the page did not confirm its saves (${outcome})`);
        resolve(outcome);
      };
      const onFlushed = (event: IpcMainEvent) => {
        if (event.sender === contents) finish('flushed');
      };
      const timer = setTimeout(() => finish('timeout'), timeoutMs);
      options.ipcMain.on(FLUSHED_CHANNEL, onFlushed);
      try {
        contents.send(COMMAND_CHANNEL, APP_FLUSH);
      } catch {
        finish('no-page');
      }
    });
  };

  return () => {
    // Two callers at once (the window closing while the app quits) share one request.
    inFlight ??= run().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };
}

export interface GuardedWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
}

export interface CloseGuard {
  /** Lets the window close without asking the page again (the quit already flushed it). */
  release(): void;
}

/**
 * Holds the window's first close until the page has flushed (see above), then closes it for real. The
 * window's other 'close' listeners (its bounds are saved there) simply run twice.
 */
export function guardWindowClose(window: GuardedWindow, flush: () => Promise<FlushOutcome>): CloseGuard {
  let released = false;
  let flushing = false;
  window.on('close', (event) => {
    if (released) return;
    event.preventDefault();
    if (flushing) return;
    flushing = true;
    void flush().finally(() => {
      released = true;
      if (!window.isDestroyed()) window.close();
    });
  });
  return {
    release: () => {
      released = true;
    },
  };
}
