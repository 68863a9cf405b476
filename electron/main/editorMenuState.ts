import type { IpcMain, IpcMainEvent } from 'electron';
import { EDITOR_OPEN_CHANNEL } from '../../shared/api/commands';
import type { SenderEvent } from './trustedSender';

/**
 * Whether the page has the subtitle editor open, as the preload reports it: the Subtitles menu's items are
 * enabled only then. Reports from anything but the app's own page, or that are not a boolean, are refused
 * (logged, state unchanged). `onChange` runs when the state really changes (main rebuilds the menu there).
 */
export function bindEditorMenuState(
  ipcMain: Pick<IpcMain, 'on' | 'removeListener'>,
  isTrustedSender: (event: SenderEvent) => boolean,
  onChange: (open: boolean) => void,
  log: (line: string) => void,
): { isOpen(): boolean; reset(): void; dispose(): void } {
  let open = false;
  const set = (next: boolean) => {
    if (next === open) return;
    open = next;
    onChange(open);
  };
  const listener = (event: IpcMainEvent, value: unknown) => {
    if (!isTrustedSender(event) || typeof value !== 'boolean') {
      log(`ipc: refused an editor state from ${event.senderFrame?.url ?? 'an unknown frame'}`);
      return;
    }
    set(value);
  };
  ipcMain.on(EDITOR_OPEN_CHANNEL, listener);
  return {
    isOpen: () => open,
    // A page that reloads or crashes never says "closed": main resets when a new page starts loading.
    reset: () => set(false),
    dispose: () => ipcMain.removeListener(EDITOR_OPEN_CHANNEL, listener),
  };
}
