import type { IpcMainInvokeEvent } from 'electron';

export interface SenderWindow {
  isDestroyed(): boolean;
  readonly webContents: unknown;
}

export type SenderEvent = Pick<IpcMainInvokeEvent, 'sender'> & {
  readonly senderFrame: { readonly url: string } | null | undefined;
};

/**
 * IPC is answered only for the main window's own web contents, while that window lives, and only when
 * the frame that sent it shows the app's page (not a frame that navigated elsewhere, not a subframe).
 */
export function createSenderCheck(
  getWindow: () => SenderWindow | undefined,
  isAppUrl: (url: string | undefined) => boolean,
): (event: SenderEvent) => boolean {
  return (event) => {
    const window = getWindow();
    return (
      window !== undefined &&
      !window.isDestroyed() &&
      event.sender === window.webContents &&
      isAppUrl(event.senderFrame?.url)
    );
  };
}
