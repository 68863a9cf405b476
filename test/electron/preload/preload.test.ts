import { describe, expect, it, vi } from 'vitest';
import type { GuftaguBridge } from '../../../shared/api/bridge';
import {
  APP_FLUSH,
  COMMAND_CHANNEL,
  EDITOR_OPEN_CHANNEL,
  FLUSHED_CHANNEL,
} from '../../../shared/api/commands';
import { IPC_EVENT_CHANNEL, ipcChannel, methodNames } from '../../../shared/api/contract';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Array<(event: unknown, ...args: unknown[]) => void>>();
  const ipcRenderer = {
    invoke: vi.fn(async (_channel: string, _request: unknown): Promise<unknown> => ({
      ok: true,
      payload: 'pong',
    })),
    on: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
      return ipcRenderer;
    }),
    send: vi.fn(),
    sendSync: vi.fn(),
  };
  const exposed = new Map<string, unknown>();
  return {
    ipcRenderer,
    contextBridge: { exposeInMainWorld: vi.fn((key: string, value: unknown) => exposed.set(key, value)) },
    webUtils: { getPathForFile: vi.fn(() => 'C:\\Users\\amina\\Videos\\interview.mp4') },
    exposed,
    /** What main would send on a channel. */
    emit: (channel: string, ...args: unknown[]) => {
      for (const listener of listeners.get(channel) ?? [])
        listener({ sender: ipcRenderer, ports: [] }, ...args);
    },
  };
});
vi.mock('electron', () => electron);

await import('../../../electron/preload/index');
const bridge = electron.exposed.get('guftagu') as Required<GuftaguBridge>;

/** Every value reachable from the bridge (functions and objects), to look for leaks. */
function reachable(value: unknown, seen = new Set<unknown>()): Set<unknown> {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value))
    return seen;
  seen.add(value);
  for (const key of Object.keys(value)) reachable((value as Record<string, unknown>)[key], seen);
  return seen;
}

describe('preload bridge', () => {
  it('exposes one object, window.guftagu, with exactly the contract’s methods', () => {
    expect([...electron.exposed.keys()]).toEqual(['guftagu']);
    expect(Object.keys(bridge).sort()).toEqual([
      'api',
      'host',
      'on',
      'onCommand',
      'onFlushRequest',
      'setEditorOpen',
    ]);
    expect(Object.keys(bridge.api).sort()).toEqual([...methodNames].sort());
    expect(Object.keys(bridge.host).sort()).toEqual(['mediaUrl', 'pathForFile', 'platform']);
  });

  it('never exposes ipcRenderer or its functions', () => {
    const values = reachable(bridge);
    expect(values.has(electron.ipcRenderer)).toBe(false);
    for (const fn of [
      electron.ipcRenderer.invoke,
      electron.ipcRenderer.send,
      electron.ipcRenderer.on,
      electron.webUtils,
    ]) {
      expect(values.has(fn)).toBe(false);
    }
  });

  it('invokes each method on its own channel and returns the reply as data', async () => {
    const reply = await bridge.api['sessions.create']({ title: 'Interview' });
    expect(reply).toEqual({ ok: true, payload: 'pong' });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(ipcChannel('sessions.create'), {
      title: 'Interview',
    });

    electron.ipcRenderer.invoke.mockRejectedValueOnce(
      new Error("No handler registered for 'guftagu:jobs.list'"),
    );
    expect(await bridge.api['jobs.list']({})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('delivers only the named event, with its payload only, until unsubscribed', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.on('workspace.changed', listener);
    electron.emit(IPC_EVENT_CHANNEL, { event: 'jobs.event', payload: { id: 'j1' } });
    electron.emit(IPC_EVENT_CHANNEL, { event: 'workspace.changed', payload: { sessionId: 's1' } });
    electron.emit(IPC_EVENT_CHANNEL, 'garbage');
    expect(listener.mock.calls).toEqual([[{ sessionId: 's1' }]]);
    unsubscribe();
    electron.emit(IPC_EVENT_CHANNEL, { event: 'workspace.changed', payload: {} });
    expect(listener).toHaveBeenCalledOnce();
  });

  it('delivers known menu commands until unsubscribed', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.onCommand(listener);
    electron.emit(COMMAND_CHANNEL, 'session.new');
    electron.emit(COMMAND_CHANNEL, 'rm -rf');
    expect(listener.mock.calls).toEqual([['session.new']]);
    unsubscribe();
    electron.emit(COMMAND_CHANNEL, 'media.import');
    expect(listener).toHaveBeenCalledOnce();
  });

  it('answers a flush request once every listener’s save has settled, failures included', async () => {
    electron.ipcRenderer.send.mockClear();
    const commands = vi.fn();
    const offCommand = bridge.onCommand(commands);
    let finishSave: () => void = () => {};
    const slow = vi.fn(() => new Promise<void>((resolve) => (finishSave = resolve)));
    const failing = vi.fn(async () => Promise.reject(new Error('disk full')));
    const offSlow = bridge.onFlushRequest(slow);
    const offFailing = bridge.onFlushRequest(failing);

    electron.emit(COMMAND_CHANNEL, APP_FLUSH);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(slow).toHaveBeenCalledOnce();
    expect(failing).toHaveBeenCalledOnce();
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
    finishSave();
    await vi.waitFor(() => expect(electron.ipcRenderer.send).toHaveBeenCalledWith(FLUSHED_CHANNEL));
    // The flush is not a menu command: a page's onCommand never sees it.
    expect(commands).not.toHaveBeenCalled();

    offSlow();
    offFailing();
    offCommand();
    electron.ipcRenderer.send.mockClear();
    electron.emit(COMMAND_CHANNEL, APP_FLUSH);
    await vi.waitFor(() => expect(electron.ipcRenderer.send).toHaveBeenCalledWith(FLUSHED_CHANNEL));
    expect(slow).toHaveBeenCalledOnce();
  });

  it('tells main whether the editor is open with a boolean on its one channel, nothing else', () => {
    electron.ipcRenderer.send.mockClear();
    bridge.setEditorOpen(true);
    bridge.setEditorOpen(false);
    // A page passing anything but true says "closed": no value of the page's choosing reaches main.
    (bridge.setEditorOpen as (open: unknown) => void)({ toString: () => 'true' });
    expect(electron.ipcRenderer.send.mock.calls).toEqual([
      [EDITOR_OPEN_CHANNEL, true],
      [EDITOR_OPEN_CHANNEL, false],
      [EDITOR_OPEN_CHANNEL, false],
    ]);
  });

  it('offers the host’s abilities', () => {
    expect(bridge.host.mediaUrl('s 1', 'm/1', 'proxy')).toBe('guftagu-media://media/s%201/m%2F1/proxy');
    expect(bridge.host.pathForFile({ name: 'interview.mp4', size: 10 })).toBe(
      'C:\\Users\\amina\\Videos\\interview.mp4',
    );
    expect(bridge.host.platform).toBe(process.platform);
  });
});
