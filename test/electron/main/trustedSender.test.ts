import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { isAppUrl, rendererSource } from '../../../electron/main/appUrl';
import { createSenderCheck, type SenderEvent } from '../../../electron/main/trustedSender';

// Electron itself is mocked (no app, no windows here); the sender check is the function main uses.
vi.mock('electron', () => ({}));

const source = rendererSource({
  isPackaged: true,
  devUrl: undefined,
  indexHtmlPath: resolve('/app/out/renderer/index.html'),
});
const mainContents = { id: 1 };
const otherContents = { id: 2 };

function check(
  window: { destroyed: boolean; webContents: unknown } | undefined,
  event: SenderEvent,
): boolean {
  const senderCheck = createSenderCheck(
    () => (window ? { isDestroyed: () => window.destroyed, webContents: window.webContents } : undefined),
    (url) => isAppUrl(source, url),
  );
  return senderCheck(event);
}

const event = (sender: unknown, url: string | undefined): SenderEvent =>
  ({ sender, senderFrame: url === undefined ? null : { url } }) as unknown as SenderEvent;

describe('the real IPC sender check', () => {
  const live = { destroyed: false, webContents: mainContents };

  it.each([
    [
      'the main window showing the app',
      live,
      event(mainContents, 'guftagu-app://app/index.html#/session/1'),
      true,
    ],
    ['the app at its root', live, event(mainContents, 'guftagu-app://app/'), true],
    [
      'another web contents showing the app',
      live,
      event(otherContents, 'guftagu-app://app/index.html'),
      false,
    ],
    [
      'the main window after it navigated to a remote site',
      live,
      event(mainContents, 'https://example.com/'),
      false,
    ],
    [
      'the built page as a file:// URL',
      live,
      event(mainContents, pathToFileURL('/app/out/renderer/index.html').href),
      false,
    ],
    ['another host of the app scheme', live, event(mainContents, 'guftagu-app://evil/index.html'), false],
    ['another page of the app scheme', live, event(mainContents, 'guftagu-app://app/assets/x.html'), false],
    ['a frame that is gone (no senderFrame)', live, event(mainContents, undefined), false],
    [
      'a destroyed window',
      { destroyed: true, webContents: mainContents },
      event(mainContents, 'guftagu-app://app/index.html'),
      false,
    ],
    ['no window at all', undefined, event(mainContents, 'guftagu-app://app/index.html'), false],
  ])('%s → %s', (_name, window, ipcEvent, trusted) => {
    expect(check(window, ipcEvent)).toBe(trusted);
  });
});
