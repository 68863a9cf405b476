import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  fitToDisplays,
  loadWindowState,
  saveWindowState,
} from '../../../electron/main/windowState';

const electron = vi.hoisted(() => {
  class FakeBrowserWindow {
    static last: FakeBrowserWindow | undefined;
    private readonly listeners = new Map<string, Array<() => void>>();
    on(event: string, listener: () => void) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    once(event: string, listener: () => void) {
      return this.on(event, listener);
    }
    emit(event: string) {
      for (const listener of this.listeners.get(event) ?? []) listener();
    }
    readonly options: unknown;
    bounds = { x: 40, y: 50, width: 1200, height: 800 };
    maximized = false;
    maximize = () => {
      this.maximized = true;
    };
    show = () => {};
    getNormalBounds = () => this.bounds;
    isMaximized = () => this.maximized;
    constructor(options: unknown) {
      this.options = options;
      FakeBrowserWindow.last = this;
    }
  }
  return {
    BrowserWindow: FakeBrowserWindow,
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  };
});
vi.mock('electron', () => electron);

const { createMainWindow, secureWebPreferences } = await import('../../../electron/main/window');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'guftagu-window-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('main window', () => {
  it('has safe web preferences', () => {
    expect(secureWebPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
    const unsafe = Object.entries(secureWebPreferences).filter(
      ([key, value]) =>
        (['contextIsolation', 'sandbox', 'webSecurity'].includes(key) && value !== true) ||
        (/nodeIntegration|allowRunningInsecureContent|webviewTag|experimentalFeatures/.test(key) &&
          value !== false),
    );
    expect(unsafe).toEqual([]);
  });

  it('creates the window with those preferences and the preload', () => {
    createMainWindow({
      preloadPath: '/app/out/preload/index.js',
      stateFile: join(dir, 'window-state.json'),
      log: () => {},
    });
    const options = electron.BrowserWindow.last?.options as BrowserWindowConstructorOptions;
    expect(options.webPreferences).toEqual({ ...secureWebPreferences, preload: '/app/out/preload/index.js' });
    expect(options.show).toBe(false);
    expect(options).toMatchObject({
      width: DEFAULT_WINDOW_STATE.width,
      height: DEFAULT_WINDOW_STATE.height,
      center: true,
    });
  });

  it('remembers its bounds across runs', async () => {
    const stateFile = join(dir, 'window-state.json');
    createMainWindow({ preloadPath: 'p', stateFile, log: () => {} });
    const first = electron.BrowserWindow.last;
    if (!first) throw new Error('no window');
    first.bounds = { x: 100, y: 120, width: 1000, height: 700 };
    first.maximized = true;
    first.emit('close');
    await vi.waitFor(() =>
      expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toEqual({
        schemaVersion: 1,
        x: 100,
        y: 120,
        width: 1000,
        height: 700,
        maximized: true,
      }),
    );
    await vi.waitFor(() => expect(readdirSync(dir)).toEqual(['window-state.json']));

    createMainWindow({ preloadPath: 'p', stateFile, log: () => {} });
    const second = electron.BrowserWindow.last;
    expect(second?.options).toMatchObject({ x: 100, y: 120, width: 1000, height: 700 });
    second?.emit('ready-to-show');
    expect(second?.maximized).toBe(true);
  });

  it('logs instead of failing when the bounds cannot be saved', async () => {
    const log = vi.fn();
    // A file where the folder should be: the folder cannot be made.
    writeFileSync(join(dir, 'blocker'), '');
    createMainWindow({ preloadPath: 'p', stateFile: join(dir, 'blocker', 'state.json'), log });
    electron.BrowserWindow.last?.emit('close');
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith(expect.stringContaining('cannot save bounds')));
  });
});

describe('window state', () => {
  it('falls back to the default for a missing or damaged file', () => {
    expect(loadWindowState(join(dir, 'none.json'))).toEqual(DEFAULT_WINDOW_STATE);
    writeFileSync(join(dir, 'bad.json'), '{"width": "wide"');
    expect(loadWindowState(join(dir, 'bad.json'))).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('writes atomically and leaves no temp or lock file behind', async () => {
    const file = join(dir, 'state.json');
    await Promise.all([
      saveWindowState(file, { width: 900, height: 600, maximized: false }),
      saveWindowState(file, { width: 950, height: 650, maximized: false }),
    ]);
    expect(loadWindowState(file)).toEqual({ width: 950, height: 650, maximized: false });
    expect(readdirSync(dir)).toEqual(['state.json']);
  });

  it("reads the first release's file (no schemaVersion)", () => {
    const file = join(dir, 'old.json');
    writeFileSync(file, JSON.stringify({ x: 5, y: 6, width: 1000, height: 800, maximized: true }));
    expect(loadWindowState(file)).toEqual({ x: 5, y: 6, width: 1000, height: 800, maximized: true });
  });

  it('forgets a position no display shows any more, and shrinks to fit', () => {
    const screen = [{ x: 0, y: 0, width: 1366, height: 768 }];
    expect(fitToDisplays({ x: 2500, y: 100, width: 1200, height: 800, maximized: false }, screen)).toEqual({
      width: 1200,
      height: 768,
      maximized: false,
    });
    expect(fitToDisplays({ x: 10, y: 10, width: 1000, height: 700, maximized: false }, screen)).toEqual({
      x: 10,
      y: 10,
      width: 1000,
      height: 700,
      maximized: false,
    });
  });
});
