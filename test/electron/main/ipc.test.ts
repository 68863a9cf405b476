import type { IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_EVENT_CHANNEL, ipcChannel, methodNames } from '../../../shared/api/contract';
import { ipcReplySchema, type IpcReply } from '../../../shared/api/wire';
import { GuftaguError } from '../../../shared/errors';
import { bindApiToIpc, type IpcMainLike } from '../../../electron/main/ipc';
import { fakeEngine, fakeInvokeEvent } from './fakes';

vi.mock('electron', () => ({}));

type Handler = (event: IpcMainInvokeEvent, payload: unknown) => Promise<IpcReply>;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const ipcMain = {
    handle: vi.fn((channel: string, handler: Handler) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    }),
    removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
  };
  return { ipcMain: ipcMain as unknown as IpcMainLike, handlers };
}

const ourWindow = { id: 'ours' };
const APP_URL = 'file:///app/out/renderer/index.html';
const trusted = (event: IpcMainInvokeEvent) =>
  (event.sender as unknown) === ourWindow && event.senderFrame?.url === APP_URL;

describe('bindApiToIpc', () => {
  let setup: ReturnType<typeof fakeIpcMain>;
  let engine: ReturnType<typeof fakeEngine>;
  const send = vi.fn();

  beforeEach(() => {
    setup = fakeIpcMain();
    engine = fakeEngine();
    send.mockReset();
    bindApiToIpc(setup.ipcMain, engine, trusted, () => ({ send, isDestroyed: () => false }));
  });

  const call = (name: string, payload: unknown, event = fakeInvokeEvent(ourWindow, APP_URL)) => {
    const handler = setup.handlers.get(name);
    if (!handler) throw new Error(`no handler for ${name}`);
    return handler(event, payload);
  };

  it('registers one handler per contract method and nothing else', () => {
    expect([...setup.handlers.keys()].sort()).toEqual(methodNames.map((name) => ipcChannel(name)).sort());
    expect(setup.handlers.has('guftagu:shell.exec')).toBe(false);
    expect(setup.handlers.has(IPC_EVENT_CHANNEL)).toBe(false);
  });

  it('passes a valid call to the engine and returns its result as data', async () => {
    vi.mocked(engine.api['sessions.create']).mockResolvedValue({ id: 's1' } as never);
    const reply = await call(ipcChannel('sessions.create'), { title: '  Interview 1 ' });
    expect(ipcReplySchema.parse(reply)).toEqual({ ok: true, payload: { id: 's1' } });
    // The engine gets the parsed request (the title trimmed by the contract's schema).
    expect(engine.api['sessions.create']).toHaveBeenCalledWith({ title: 'Interview 1' });
  });

  it('refuses a caller that is not our window, without reaching the engine', async () => {
    const strangers = [
      fakeInvokeEvent({ id: 'other' }, APP_URL),
      fakeInvokeEvent(ourWindow, 'https://evil.example/'),
    ];
    for (const event of strangers) {
      const reply = await call(ipcChannel('sessions.list'), {}, event);
      expect(reply).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    expect(engine.api['sessions.list']).not.toHaveBeenCalled();
  });

  it('refuses a bad payload with invalid-request, a message and a hint', async () => {
    const reply = await call(ipcChannel('sessions.create'), { title: '' });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('invalid-request');
    expect(reply.error.message).toContain('A title is needed.');
    expect(reply.error.hint.length).toBeGreaterThan(0);
    expect(reply.error.details).toContain('sessions.create');
    const unknownKey = await call(ipcChannel('jobs.list'), { extra: 1 });
    expect(unknownKey).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(engine.api['sessions.create']).not.toHaveBeenCalled();
  });

  it('returns engine errors as data, keeping their code and hint', async () => {
    vi.mocked(engine.api['jobs.cancel']).mockRejectedValue(
      new GuftaguError('not-found', 'That job is gone.', 'Refresh the job list.'),
    );
    const reply = await call(ipcChannel('jobs.cancel'), { jobId: 'j1' });
    expect(reply).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That job is gone.', hint: 'Refresh the job list.' },
    });
    vi.mocked(engine.api['jobs.list']).mockRejectedValue(new Error('boom'));
    expect(await call(ipcChannel('jobs.list'), {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('forwards engine events to the window on the event channel', () => {
    engine.events.emit('workspace.changed', { sessionId: 's1' });
    expect(send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, {
      event: 'workspace.changed',
      payload: { sessionId: 's1' },
    });
  });
});

describe('unbinding', () => {
  it('removes every handler and stops forwarding events', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const engine = fakeEngine();
    const send = vi.fn();
    const unbind = bindApiToIpc(
      ipcMain,
      engine,
      () => true,
      () => ({ send, isDestroyed: () => false }),
    );
    unbind();
    expect(handlers.size).toBe(0);
    engine.events.emit('workspace.changed', {});
    expect(send).not.toHaveBeenCalled();
  });

  it('does not send to a destroyed window', () => {
    const { ipcMain } = fakeIpcMain();
    const engine = fakeEngine();
    const send = vi.fn();
    bindApiToIpc(
      ipcMain,
      engine,
      () => true,
      () => ({ send, isDestroyed: () => true }),
    );
    engine.events.emit('workspace.changed', {});
    expect(send).not.toHaveBeenCalled();
  });
});
