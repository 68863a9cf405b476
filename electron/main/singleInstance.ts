import type { App, BrowserWindow } from 'electron';

export type SingleInstanceApp = Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>;
export type FocusableWindow = Pick<
  BrowserWindow,
  'isDestroyed' | 'isMinimized' | 'restore' | 'show' | 'focus'
>;

/**
 * One Guftagu at a time (two would fight over the workspace). Returns false when another instance holds
 * the lock: this one quits, and the other brings its window to the front.
 */
export function ensureSingleInstance(
  app: SingleInstanceApp,
  getWindow: () => FocusableWindow | undefined,
  onSecondInstance: (argv: string[], workingDirectory: string) => void = () => {},
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const window = getWindow();
    if (window !== undefined && !window.isDestroyed()) {
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
    }
    onSecondInstance(argv, workingDirectory);
  });
  return true;
}
