import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter, once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow, Dialog, Shell } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { beginRun, CRASH_MARKER_NAME } from '../../../electron/main/crashMarker';
import { installQuitHandler, offerRecovery, type QuitApp } from '../../../electron/main/lifecycle';

vi.mock('electron', () => ({}));

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Like Electron's app: quit() emits before-quit, and quits unless a listener prevents it. */
function fakeApp() {
  const app = Object.assign(new EventEmitter(), {
    quitted: false,
    quit: vi.fn(() => {
      let prevented = false;
      app.emit('before-quit', { preventDefault: () => (prevented = true) });
      if (!prevented) app.quitted = true;
    }),
  });
  return app;
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

describe('quit', () => {
  it('waits for the engine to close (its jobs killed) before quitting', async () => {
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    children.push(child);
    await once(child, 'spawn');
    const pid = child.pid ?? -1;
    expect(isAlive(pid)).toBe(true);

    const app = fakeApp();
    let aliveWhenQuitting: boolean | undefined;
    const close = vi.fn(async () => {
      const exited = once(child, 'exit');
      child.kill();
      await exited;
    });
    installQuitHandler({
      app: app as unknown as QuitApp,
      engine: { close },
      log: () => {},
      onClosed: () => (aliveWhenQuitting = isAlive(pid)),
    });

    app.quit();
    expect(app.quitted).toBe(false);
    app.quit(); // A second request while closing neither quits nor closes twice.
    await vi.waitFor(() => expect(app.quitted).toBe(true));
    expect(close).toHaveBeenCalledOnce();
    expect(aliveWhenQuitting).toBe(false);
    expect(isAlive(pid)).toBe(false);
  });

  it('quits anyway when the engine fails or hangs', async () => {
    const failing = fakeApp();
    const log = vi.fn();
    installQuitHandler({
      app: failing as unknown as QuitApp,
      engine: { close: () => Promise.reject(new Error('disk gone')) },
      log,
    });
    failing.quit();
    await vi.waitFor(() => expect(failing.quitted).toBe(true));
    expect(log).toHaveBeenCalledWith(expect.stringContaining('disk gone'));

    const hanging = fakeApp();
    installQuitHandler({
      app: hanging as unknown as QuitApp,
      engine: { close: () => new Promise(() => {}) },
      log,
      timeoutMs: 20,
    });
    hanging.quit();
    await vi.waitFor(() => expect(hanging.quitted).toBe(true));
    expect(log).toHaveBeenCalledWith(expect.stringContaining('did not close within 20 ms'));
  });
});

describe('crash marker', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('notices a run that did not end cleanly', () => {
    dir = mkdtempSync(join(tmpdir(), 'guftagu-marker-'));
    const first = beginRun(dir);
    expect(first.previousRunCrashed).toBe(false);
    expect(existsSync(join(dir, CRASH_MARKER_NAME))).toBe(true);
    // No end(): the process "crashed".
    const second = beginRun(dir);
    expect(second.previousRunCrashed).toBe(true);
    second.end();
    expect(existsSync(join(dir, CRASH_MARKER_NAME))).toBe(false);
    expect(beginRun(dir).previousRunCrashed).toBe(false);
  });
});

describe('recovery dialog', () => {
  const window = {} as BrowserWindow;

  it('says autosaved work is kept, and opens the workspace folder on request', async () => {
    const showMessageBox = vi.fn(async () => ({ response: 1, checkboxChecked: false }));
    const openPath = vi.fn(async () => '');
    await offerRecovery(
      { showMessageBox } as unknown as Dialog,
      { openPath } as unknown as Shell,
      window,
      '/w',
    );
    expect(showMessageBox).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ detail: expect.stringContaining('autosaved work is kept') }),
    );
    expect(openPath).toHaveBeenCalledWith('/w');
  });

  it('does nothing more when the user continues', async () => {
    const showMessageBox = vi.fn(async () => ({ response: 0, checkboxChecked: false }));
    const openPath = vi.fn(async () => '');
    await offerRecovery(
      { showMessageBox } as unknown as Dialog,
      { openPath } as unknown as Shell,
      window,
      '/w',
    );
    expect(openPath).not.toHaveBeenCalled();
  });
});
