import type { IpcMainInvokeEvent } from 'electron';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { IPC_EVENT_CHANNEL, ipcChannel } from '../../../shared/api/contract';
import type { IpcReply } from '../../../shared/api/wire';
import type { JobSnapshot } from '../../../shared/model/jobs';
import { createEngineHolder } from '../../../electron/main/engineHolder';
import { bindApiToIpc, type IpcMainLike } from '../../../electron/main/ipc';
import { createWorkspaceSwitcher, type WorkspaceSwitchDeps } from '../../../electron/main/workspaceSwitch';
import type { Engine } from '../../../electron/engine/types';
import { fakeEngine, fakeInvokeEvent } from './fakes';

vi.mock('electron', () => ({}));

type Handler = (event: IpcMainInvokeEvent, payload: unknown) => Promise<IpcReply>;

const OLD = path.resolve('/work/old');
const NEW = path.resolve('/work/new');

function setup(overrides: Partial<WorkspaceSwitchDeps> = {}) {
  const steps: string[] = [];
  const oldEngine = fakeEngine({ workspacePath: OLD });
  const newEngine = fakeEngine({ workspacePath: NEW });
  vi.mocked(oldEngine.api['jobs.list']).mockResolvedValue([]);
  vi.mocked(oldEngine.api['sessions.list']).mockImplementation(async () => {
    steps.push('old serves');
    return [];
  });
  vi.mocked(newEngine.api['sessions.list']).mockImplementation(async () => {
    steps.push('new serves');
    return [];
  });
  vi.mocked(newEngine.api['settings.update']).mockImplementation(async (patch) => {
    steps.push('setting saved');
    return { ffmpegSource: 'bundled', ffmpegConcurrency: 2, uiLanguage: 'en', ...patch };
  });
  // Tests that watch the close replace this with a promise they settle themselves.
  const control: { closed: Promise<void> } = { closed: Promise.resolve() };
  oldEngine.close = vi.fn(async () => {
    steps.push('old closing');
    await control.closed;
    steps.push('old closed');
  });

  const holder = createEngineHolder(oldEngine);
  const handlers = new Map<string, Handler>();
  const ipcMain = {
    handle: (channel: string, handler: Handler) => handlers.set(channel, handler),
    removeHandler: (channel: string) => handlers.delete(channel),
  } as unknown as IpcMainLike;
  const send = vi.fn((_channel: string, message: unknown) => steps.push(`sent ${JSON.stringify(message)}`));
  bindApiToIpc(
    ipcMain,
    holder.engine,
    () => true,
    () => ({ send, isDestroyed: () => false }),
  );
  const callIpc = (name: 'sessions.list') =>
    handlers.get(ipcChannel(name))?.(fakeInvokeEvent({}, 'file:///app/index.html'), {});

  const deps: WorkspaceSwitchDeps = {
    holder,
    createEngine: vi.fn(async (workspacePath: string): Promise<Engine> => {
      steps.push(`create ${path.basename(workspacePath)}`);
      return newEngine;
    }),
    flushPage: vi.fn(async () => steps.push('page flushed')),
    confirmCancelJobs: vi.fn(async () => true),
    showError: vi.fn(async () => undefined),
    onOpened: vi.fn(async (workspacePath: string) => steps.push(`opened ${path.basename(workspacePath)}`)),
    log: () => {},
    ...overrides,
  };
  return {
    control,
    steps,
    oldEngine,
    newEngine,
    holder,
    deps,
    send,
    callIpc,
    switcher: createWorkspaceSwitcher(deps),
  };
}

describe('switching workspace', () => {
  it('closes the old engine before the new one serves, then saves the setting and tells the page', async () => {
    const { control, steps, switcher, holder, newEngine, callIpc, send } = setup();
    let finishClose = () => {};
    control.closed = new Promise<void>((resolve) => (finishClose = resolve));
    const switching = switcher.switchTo(`${NEW}${path.sep}`);
    await vi.waitFor(() => expect(steps).toContain('old closing'));
    await callIpc('sessions.list'); // Still the old engine's turn while it closes.
    finishClose();
    expect(await switching).toBe(true);
    await callIpc('sessions.list');

    expect(steps).toEqual([
      'create new',
      'page flushed',
      'old closing',
      'old serves',
      'old closed',
      'setting saved',
      `sent ${JSON.stringify({ event: 'workspace.changed', payload: {} })}`,
      'opened new',
      'new serves',
    ]);
    expect(holder.current()).toBe(newEngine);
    expect(holder.engine.workspacePath).toBe(NEW);
    expect(newEngine.api['settings.update']).toHaveBeenCalledWith({ workspacePath: NEW });
    expect(send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, { event: 'workspace.changed', payload: {} });
  });

  it('forwards the new engine’s events and no longer the old one’s', async () => {
    const { switcher, oldEngine, newEngine, send } = setup();
    await switcher.switchTo(NEW);
    send.mockClear();
    oldEngine.events.emit('workspace.changed', { sessionId: 'old' });
    newEngine.events.emit('workspace.changed', { sessionId: 'new' });
    expect(send.mock.calls).toEqual([
      [IPC_EVENT_CHANNEL, { event: 'workspace.changed', payload: { sessionId: 'new' } }],
    ]);
  });

  it('keeps the old workspace, untouched, and shows why when the new one cannot be opened', async () => {
    const createEngine = vi.fn(async () => Promise.reject(new Error('EACCES: permission denied')));
    const { switcher, holder, oldEngine, deps, steps } = setup({ createEngine });
    expect(await switcher.switchTo(NEW)).toBe(false);
    expect(holder.current()).toBe(oldEngine);
    expect(oldEngine.close).not.toHaveBeenCalled();
    expect(deps.flushPage).not.toHaveBeenCalled();
    expect(deps.onOpened).not.toHaveBeenCalled();
    expect(deps.showError).toHaveBeenCalledWith(
      expect.stringContaining(NEW),
      expect.stringContaining('permission denied'),
    );
    expect(steps).not.toContain('setting saved');
  });

  it('asks before canceling running jobs, and stays when the user says no', async () => {
    const running = { id: 'j1', state: 'running' } as JobSnapshot;
    const finished = { id: 'j2', state: 'succeeded' } as JobSnapshot;
    const confirmCancelJobs = vi.fn(async () => false);
    const { switcher, holder, oldEngine, deps } = setup({ confirmCancelJobs });
    vi.mocked(oldEngine.api['jobs.list']).mockResolvedValue([running, finished]);
    expect(await switcher.switchTo(NEW)).toBe(false);
    expect(confirmCancelJobs).toHaveBeenCalledWith(1);
    expect(deps.createEngine).not.toHaveBeenCalled();
    expect(holder.current()).toBe(oldEngine);

    confirmCancelJobs.mockResolvedValue(true);
    expect(await switcher.switchTo(NEW)).toBe(true);
    expect(oldEngine.close).toHaveBeenCalledOnce();
  });

  it('does nothing but remember it when the workspace is already open', async () => {
    const { switcher, deps, oldEngine } = setup();
    expect(await switcher.switchTo(`${OLD}${path.sep}`)).toBe(true);
    expect(deps.createEngine).not.toHaveBeenCalled();
    expect(oldEngine.close).not.toHaveBeenCalled();
    expect(deps.onOpened).toHaveBeenCalledWith(OLD);
  });

  it('runs one switch at a time', async () => {
    const { switcher, deps, steps } = setup();
    const third = fakeEngine({ workspacePath: path.resolve('/work/third') });
    vi.mocked(deps.createEngine).mockImplementation(async (workspacePath: string) => {
      steps.push(`create ${path.basename(workspacePath)}`);
      return workspacePath === NEW ? fakeEngine({ workspacePath: NEW }) : third;
    });
    const both = Promise.all([switcher.switchTo(NEW), switcher.switchTo(path.resolve('/work/third'))]);
    await switcher.idle();
    expect(await both).toEqual([true, true]);
    expect(steps.filter((step) => step.startsWith('create') || step.startsWith('opened'))).toEqual([
      'create new',
      'opened new',
      'create third',
      'opened third',
    ]);
  });
});
