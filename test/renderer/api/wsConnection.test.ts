import { describe, expect, it, vi } from 'vitest';
import { GuftaguError } from '../../../shared/errors';
import { defaultBackoffMs, WsConnection } from '../../../renderer/src/api/wsConnection';
import { FakeSocket, ManualTimers } from './fakeSocket';

const session = {
  schemaVersion: 2,
  id: 's1',
  title: 'Lahore interviews',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  revision: 1,
  notes: '',
  media: [],
  metadata: { partners: [], hashtags: [], topics: [], languages: [], nonInterviewMediaIds: [] },
  participants: [],
  history: [],
};

const job = {
  id: 'j1',
  kind: 'import',
  label: 'Import a.mp4',
  state: 'running',
  progress: 0.5,
  createdAt: '2026-11-01T10:00:00.000Z',
};

function setup(giveUpQueuedAfter?: number) {
  const sockets: FakeSocket[] = [];
  const timers = new ManualTimers();
  const connection = new WsConnection({
    url: 'ws://127.0.0.1:5000/ws?token=abc',
    createSocket: (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket;
    },
    setTimer: timers.set,
    clearTimer: timers.clear,
    ...(giveUpQueuedAfter === undefined ? {} : { giveUpQueuedAfter }),
  });
  const socket = (index = sockets.length - 1): FakeSocket => {
    const found = sockets[index];
    if (!found) throw new Error(`no socket ${index}`);
    return found;
  };
  return { connection, sockets, socket, timers };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('WsConnection', () => {
  it('queues calls until the socket opens, then sends them as call messages', async () => {
    const { connection, socket } = setup();
    expect(socket().url).toBe('ws://127.0.0.1:5000/ws?token=abc');
    const created = connection.call('sessions.create', { title: 'Lahore interviews' });
    expect(socket().sent).toEqual([]);
    expect(connection.state).toBe('connecting');

    socket().open();
    expect(connection.state).toBe('open');
    expect(socket().sent).toEqual([
      { type: 'call', id: 1, method: 'sessions.create', payload: { title: 'Lahore interviews' } },
    ]);
    socket().receive({ type: 'result', id: 1, ok: true, payload: session });
    await expect(created).resolves.toEqual(session);
  });

  it('sends the request as given, without schema defaults filled in', () => {
    const { connection, socket } = setup();
    socket().open();
    void connection.call('settings.update', { uiLanguage: 'ur' });
    expect(socket().sent).toEqual([
      { type: 'call', id: 1, method: 'settings.update', payload: { uiLanguage: 'ur' } },
    ]);
  });

  it('refuses an invalid request before sending it', async () => {
    const { connection, socket } = setup();
    socket().open();
    const error = await connection
      .call('sessions.create', { title: '   ' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GuftaguError);
    expect((error as GuftaguError).code).toBe('invalid-request');
    expect((error as GuftaguError).message).toContain('A title is needed.');
    expect(socket().sent).toEqual([]);
  });

  it('turns an error result into a GuftaguError with its code, hint and details', async () => {
    const { connection, socket } = setup();
    socket().open();
    const call = connection.call('sessions.get', { sessionId: 'gone' });
    socket().receive({
      type: 'result',
      id: 1,
      ok: false,
      error: { code: 'not-found', message: 'No such session.', hint: 'Pick another.', details: 'x' },
    });
    await expect(call).rejects.toMatchObject({
      name: 'GuftaguError',
      code: 'not-found',
      message: 'No such session.',
      hint: 'Pick another.',
      details: 'x',
    });
  });

  it('rejects a reply that does not match the contract', async () => {
    const { connection, socket } = setup();
    socket().open();
    const call = connection.call('sessions.list', {});
    socket().receive({ type: 'result', id: 1, ok: true, payload: [{ id: 1 }] });
    await expect(call).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringContaining('sessions.list'),
    });
  });

  it('matches results to calls by id, in any order', async () => {
    const { connection, socket } = setup();
    socket().open();
    const first = connection.call('jobs.cancel', { jobId: 'a' });
    const second = connection.call('jobs.cancel', { jobId: 'b' });
    socket().receive({ type: 'result', id: 2, ok: true, payload: { canceled: false } });
    socket().receive({ type: 'result', id: 1, ok: true, payload: { canceled: true } });
    await expect(first).resolves.toEqual({ canceled: true });
    await expect(second).resolves.toEqual({ canceled: false });
  });

  it('delivers valid events and drops unknown or malformed ones', () => {
    const { connection, socket } = setup();
    socket().open();
    const jobs: unknown[] = [];
    const changes: unknown[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const off = connection.events.on('jobs.event', (payload) => jobs.push(payload));
    connection.events.on('workspace.changed', (payload) => changes.push(payload));

    socket().receive({ type: 'event', event: 'jobs.event', payload: job });
    socket().receive({ type: 'event', event: 'jobs.event', payload: { ...job, progress: 7 } });
    socket().receive({ type: 'event', event: 'no.such', payload: {} });
    socket().receive({ type: 'event', event: 'workspace.changed', payload: { sessionId: 's1' } });
    socket().receiveRaw('not json');
    off();
    socket().receive({ type: 'event', event: 'jobs.event', payload: job });

    expect(jobs).toEqual([job]);
    expect(changes).toEqual([{ sessionId: 's1' }]);
    expect(error).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenCalledTimes(1);
    error.mockRestore();
    warn.mockRestore();
  });

  it('rejects in-flight calls when the socket drops, reconnects with backoff and sends what was queued', async () => {
    const { connection, sockets, socket, timers } = setup();
    const states: string[] = [];
    connection.onChange((state) => states.push(state));
    socket().open();
    const inFlight = connection.call('jobs.list', {});
    socket().drop();
    await expect(inFlight).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringContaining('Lost the connection'),
    });
    expect(states).toEqual(['open', 'reconnecting']);
    expect(timers.delays()).toEqual([defaultBackoffMs(1)]);

    const queued = connection.call('jobs.list', {});
    timers.runAll();
    expect(sockets).toHaveLength(2);
    socket().drop();
    expect(timers.delays()).toEqual([defaultBackoffMs(2)]);
    timers.runAll();
    socket().open();
    expect(states).toEqual(['open', 'reconnecting', 'open']);
    expect(socket().sent).toEqual([{ type: 'call', id: 2, method: 'jobs.list', payload: {} }]);
    socket().receive({ type: 'result', id: 2, ok: true, payload: [] });
    await expect(queued).resolves.toEqual([]);
  });

  it('backs off up to five seconds', () => {
    expect([1, 2, 3, 4, 5, 6, 10].map(defaultBackoffMs)).toEqual([250, 500, 1000, 2000, 4000, 5000, 5000]);
  });

  it('rejects queued calls once the server has been unreachable for several attempts', async () => {
    const { connection, socket, timers } = setup(2);
    const queued = connection.call('jobs.list', {});
    let settled = false;
    queued.catch(() => undefined).finally(() => (settled = true));
    socket().drop();
    await settle();
    expect(settled).toBe(false);
    timers.runAll();
    socket().drop();
    await expect(queued).rejects.toMatchObject({ message: expect.stringContaining('Cannot reach') });
    expect(timers.delays()).toHaveLength(1); // it keeps trying
  });

  it('close() rejects queued calls and stops reconnecting', async () => {
    const { connection, timers } = setup();
    const queued = connection.call('jobs.list', {});
    connection.close();
    await expect(queued).rejects.toBeInstanceOf(GuftaguError);
    expect(timers.delays()).toEqual([]);
    await expect(connection.call('jobs.list', {})).rejects.toBeInstanceOf(GuftaguError);
  });
});
