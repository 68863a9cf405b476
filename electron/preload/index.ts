import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { BridgeApi, GuftaguBridge } from '../../shared/api/bridge';
import {
  APP_FLUSH,
  COMMAND_CHANNEL,
  EDITOR_OPEN_CHANNEL,
  FLUSHED_CHANNEL,
  isCommandId,
} from '../../shared/api/commands';
import {
  eventNames,
  IPC_EVENT_CHANNEL,
  ipcChannel,
  methodNames,
  type EventName,
} from '../../shared/api/contract';
import type { IpcReply } from '../../shared/api/wire';
import { toErrorInfo } from '../../shared/errors';
import { buildMediaUrl } from '../../shared/api/mediaUrl';
import { GRANT_PATH_CHANNEL } from '../../shared/security/grantedPaths';

/**
 * `window.guftagu`: exactly the contract's methods, event and command subscriptions, and the host's
 * few abilities. ipcRenderer itself never reaches the page, nor does any IPC event object.
 */
const api = Object.fromEntries(
  methodNames.map((name) => [
    name,
    (request: unknown): Promise<IpcReply> =>
      // invoke rejects only when main has no handler (it failed to start): still answer with data.
      (ipcRenderer.invoke(ipcChannel(name), request) as Promise<IpcReply>).catch(
        (error: unknown): IpcReply => ({ ok: false, error: toErrorInfo(error) }),
      ),
  ]),
) as BridgeApi;

const isEventName = (value: unknown): value is EventName =>
  typeof value === 'string' && (eventNames as readonly string[]).includes(value);

const eventListeners = new Map<EventName, Set<(payload: unknown) => void>>();
ipcRenderer.on(IPC_EVENT_CHANNEL, (_event, message: unknown) => {
  if (typeof message !== 'object' || message === null) return;
  const { event, payload } = message as { event?: unknown; payload?: unknown };
  if (!isEventName(event)) return;
  for (const listener of eventListeners.get(event) ?? []) listener(payload);
});

const commandListeners = new Set<(commandId: string) => void>();
const flushListeners = new Set<() => unknown>();

/** Runs every flush listener, waits for what they return (failures included), then tells main. */
async function flushPage(): Promise<void> {
  const results = [...flushListeners].map(async (listener) => listener());
  await Promise.allSettled(results);
  ipcRenderer.send(FLUSHED_CHANNEL);
}

ipcRenderer.on(COMMAND_CHANNEL, (_event, commandId: unknown) => {
  if (commandId === APP_FLUSH) {
    void flushPage();
    return;
  }
  if (!isCommandId(commandId)) return;
  for (const listener of commandListeners) listener(commandId);
});

const bridge: GuftaguBridge = {
  api,
  on(event, listener) {
    const listeners = eventListeners.get(event) ?? new Set();
    eventListeners.set(event, listeners);
    const wrapped = (payload: unknown) => listener(payload as Parameters<typeof listener>[0]);
    listeners.add(wrapped);
    return () => {
      listeners.delete(wrapped);
    };
  },
  onCommand(listener) {
    const wrapped = (commandId: string) => listener(commandId);
    commandListeners.add(wrapped);
    return () => {
      commandListeners.delete(wrapped);
    };
  },
  onFlushRequest(listener) {
    const wrapped = () => listener();
    flushListeners.add(wrapped);
    return () => {
      flushListeners.delete(wrapped);
    };
  },
  setEditorOpen(open) {
    ipcRenderer.send(EDITOR_OPEN_CHANNEL, open === true);
  },
  host: {
    pathForFile: (file) => {
      // '' for a File the page made up; a real pick or drop is granted to main before the page can use it.
      const path = webUtils.getPathForFile(file as File);
      if (path !== '') ipcRenderer.sendSync(GRANT_PATH_CHANNEL, path);
      return path;
    },
    mediaUrl: (sessionId, mediaId, asset) => buildMediaUrl(sessionId, mediaId, asset),
    platform: process.platform,
  },
};

contextBridge.exposeInMainWorld('guftagu', bridge);
