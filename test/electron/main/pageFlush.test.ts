import type { IpcMainEvent } from 'electron';
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { APP_FLUSH, COMMAND_CHANNEL, FLUSHED_CHANNEL } from '../../../shared/api/commands';
import { installQuitHandler, type QuitApp } from '../../../electron/main/lifecycle';
import {
  createPageFlusher,
  guardWindowClose,
  type FlushIpc,
  type FlushOutcome,
} from '../../../electron/main/pageFlush';

vi.mock('electron', () => ({}));

/** ipcMain's `on`/`removeListener`, and a way for "the preload" of a given page to answer. */
function fakeIpc() {
  const emitter = new EventEmitter();
  return {
    ipcMain: emitter as unknown as FlushIpc,
    answer: (sender: object) => emitter.emit(FLUSHED_CHANNEL, { sender } as IpcMainEvent),
    listeners: () => emitter.listenerCount(FLUSHED_CHANNEL),
  };
}

function fakeWindow() {
  const webContents = {
    send: vi.fn(),
    isDestroyed: vi.fn(() => false),
    isCrashed: vi.fn(() => false),
  };
  return { isDestroyed: vi.fn(() => false), webContents };
}

afterEach(() => vi.useRealTimers());

describe('asking the page to flush its autosaves', () => {
  it('sends app.flush on the command channel and waits for that page’s answer', async () => {
    const { ipcMain, answer, listeners } = fakeIpc();
    const window = fakeWindow();
    const flush = createPageFlusher({ ipcMain, getWindow: () => window });
    let outcome: FlushOutcome | undefined;
    const flushing = flush().then((result) => (outcome = result));
    expect(window.webContents.send).toHaveBeenCalledWith(COMMAND_CHANNEL, APP_FLUSH);

    answer({}); // Another page's answer does not count.
    await Promise.resolve();
    expect(outcome).toBeUndefined();

    answer(window.webContents);
    await flushing;
    expect(outcome).toBe('flushed');
    expect(listeners()).toBe(0);
  });

  it('gives up after the timeout, so a hung page cannot keep the app open', async () => {
    vi.useFakeTimers();
    const { ipcMain, listeners } = fakeIpc();
    const log = vi.fn();
    const flush = createPageFlusher({ ipcMain, getWindow: fakeWindow, timeoutMs: 3_000, log });
    const flushing = flush();
    await vi.advanceTimersByTimeAsync(2_999);
    await vi.advanceTimersByTimeAsync(1);
    expect(await flushing).toBe('timeout');
    expect(listeners()).toBe(0);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('did not confirm'));
  });

  it('does not wait for a page that is gone or crashed', async () => {
    const { ipcMain } = fakeIpc();
    expect(await createPageFlusher({ ipcMain, getWindow: () => undefined })()).toBe('no-page');
    const crashed = fakeWindow();
    crashed.webContents.isCrashed.mockReturnValue(true);
    expect(await createPageFlusher({ ipcMain, getWindow: () => crashed })()).toBe('no-page');
    expect(crashed.webContents.send).not.toHaveBeenCalled();
  });

  it('shares one request between callers that ask at the same time', async () => {
    const { ipcMain, answer } = fakeIpc();
    const window = fakeWindow();
    const flush = createPageFlusher({ ipcMain, getWindow: () => window });
    const both = Promise.all([flush(), flush()]);
    answer(window.webContents);
    expect(await both).toEqual(['flushed', 'flushed']);
    expect(window.webContents.send).toHaveBeenCalledOnce();
  });
});

describe('closing the window', () => {
  function guardedWindow() {
    const emitter = new EventEmitter();
    const window = Object.assign(emitter, {
      closed: false,
      isDestroyed: () => window.closed,
      close: vi.fn(() => {
        let prevented = false;
        emitter.emit('close', { preventDefault: () => (prevented = true) });
        if (!prevented) window.closed = true;
      }),
    });
    return window;
  }

  it('holds the first close until the page has flushed, then closes', async () => {
    const window = guardedWindow();
    let finish: (outcome: FlushOutcome) => void = () => {};
    const flush = vi.fn(() => new Promise<FlushOutcome>((resolve) => (finish = resolve)));
    guardWindowClose(window, flush);

    window.close();
    window.close(); // Clicking again while it flushes neither closes nor flushes twice.
    expect(window.closed).toBe(false);
    expect(flush).toHaveBeenCalledOnce();
    finish('flushed');
    await vi.waitFor(() => expect(window.closed).toBe(true));
  });

  it('closes even when the flush times out', async () => {
    const window = guardedWindow();
    guardWindowClose(window, async () => 'timeout');
    window.close();
    await vi.waitFor(() => expect(window.closed).toBe(true));
  });

  it('lets the window close at once after a quit has flushed it', () => {
    const window = guardedWindow();
    const flush = vi.fn(async (): Promise<FlushOutcome> => 'flushed');
    guardWindowClose(window, flush).release();
    window.close();
    expect(window.closed).toBe(true);
    expect(flush).not.toHaveBeenCalled();
  });
});

describe('quitting', () => {
  it('flushes the page before the engine closes', async () => {
    const app = Object.assign(new EventEmitter(), {
      quitted: false,
      quit: vi.fn(() => {
        let prevented = false;
        app.emit('before-quit', { preventDefault: () => (prevented = true) });
        if (!prevented) app.quitted = true;
      }),
    });
    const steps: string[] = [];
    installQuitHandler({
      app: app as unknown as QuitApp,
      engine: { close: async () => void steps.push('engine closed') },
      beforeClose: async () => {
        steps.push('page flushed');
        throw new Error('page gone');
      },
      log: (line) => steps.push(line),
    });
    app.quit();
    await vi.waitFor(() => expect(app.quitted).toBe(true));
    expect(steps).toEqual([
      'quit: closing the engine',
      'page flushed',
      'quit: flushing the page failed: page gone',
      'engine closed',
    ]);
  });
});
