import { BrowserWindow, screen, type WebPreferences } from 'electron';
import {
  fitToDisplays,
  loadWindowState,
  MIN_WINDOW_SIZE,
  saveWindowState,
  type WindowState,
} from './windowState';

/**
 * The page gets no Node and no Electron: an isolated, sandboxed world with the preload's bridge only.
 * Exported so a test can fail if any of these is ever loosened.
 */
export const secureWebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
} as const satisfies WebPreferences;

export interface MainWindowOptions {
  preloadPath: string;
  /** JSON file (in userData) where the window's bounds are remembered. */
  stateFile: string;
  log: (line: string) => void;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const state = fitToDisplays(loadWindowState(options.stateFile), workAreas);
  const window = new BrowserWindow({
    ...(state.x === undefined || state.y === undefined ? { center: true } : { x: state.x, y: state.y }),
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Guftagu',
    backgroundColor: '#16181d',
    webPreferences: { ...secureWebPreferences, preload: options.preloadPath },
  });

  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  const saveBounds = () => {
    const { x, y, width, height } = window.getNormalBounds();
    const next: WindowState = {
      x: Math.round(x),
      y: Math.round(y),
      width: Math.round(width),
      height: Math.round(height),
      maximized: window.isMaximized(),
    };
    saveWindowState(options.stateFile, next).catch((error: unknown) =>
      options.log(`window: cannot save bounds: ${error instanceof Error ? error.message : String(error)}`),
    );
  };
  // Saved a second after the window stops moving or resizing (so quitting never waits on it), and on close.
  let settle: NodeJS.Timeout | undefined;
  const saveSoon = () => {
    clearTimeout(settle);
    settle = setTimeout(saveBounds, 1_000);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('close', () => {
    clearTimeout(settle);
    saveBounds();
  });
  return window;
}
