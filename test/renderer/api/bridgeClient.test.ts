import { describe, expect, it, vi } from 'vitest';
import type { BridgeApi, GuftaguBridge } from '../../../shared/api/bridge';
import { methodNames, type MethodName } from '../../../shared/api/contract';
import type { IpcReply } from '../../../shared/api/wire';
import { GuftaguError } from '../../../shared/errors';
import { bridgeEvents, callBridge, pathsForFiles } from '../../../renderer/src/api/bridgeClient';
import { buildApi } from '../../../renderer/src/api/buildApi';

function fakeBridge(reply: (method: MethodName, request: unknown) => unknown) {
  const calls: Array<[MethodName, unknown]> = [];
  const api = Object.fromEntries(
    methodNames.map((name) => [
      name,
      async (request: unknown) => {
        calls.push([name, request]);
        return reply(name, request) as IpcReply;
      },
    ]),
  ) as unknown as BridgeApi;
  const listeners: Array<(payload: unknown) => void> = [];
  const bridge: GuftaguBridge = {
    api,
    on: (_event, listener) => {
      listeners.push(listener as (payload: unknown) => void);
      return () => undefined;
    },
    host: {
      pathForFile: (file) => (file.name === 'web.mp4' ? '' : `/footage/${file.name}`),
      mediaUrl: (sessionId, mediaId, asset) => `guftagu-media://${sessionId}/${mediaId}/${asset}`,
      platform: 'linux',
    },
  };
  return { bridge, calls, emit: (payload: unknown) => listeners.forEach((listener) => listener(payload)) };
}

describe('bridge client', () => {
  it('calls the bridge method and returns the parsed payload', async () => {
    const { bridge, calls } = fakeBridge(() => ({ ok: true, payload: { canceled: true } }));
    await expect(callBridge(bridge, 'jobs.cancel', { jobId: 'j1' })).resolves.toEqual({ canceled: true });
    expect(calls).toEqual([['jobs.cancel', { jobId: 'j1' }]]);
  });

  it('throws the reply error as a GuftaguError', async () => {
    const { bridge } = fakeBridge(() => ({
      ok: false,
      error: { code: 'source-missing', message: 'Gone.', hint: 'Relink it.' },
    }));
    const error = await callBridge(bridge, 'jobs.retry', { jobId: 'j1' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GuftaguError);
    expect(error).toMatchObject({ code: 'source-missing', hint: 'Relink it.' });
  });

  it('refuses a malformed reply or payload', async () => {
    const malformed = fakeBridge(() => ({ yes: true }));
    await expect(callBridge(malformed.bridge, 'jobs.list', {})).rejects.toMatchObject({ code: 'internal' });
    const wrongShape = fakeBridge(() => ({ ok: true, payload: { cleared: 'many' } }));
    await expect(callBridge(wrongShape.bridge, 'jobs.clearFinished', {})).rejects.toMatchObject({
      code: 'internal',
    });
  });

  it('validates the request before crossing the bridge', async () => {
    const { bridge, calls } = fakeBridge(() => ({ ok: true, payload: {} }));
    await expect(callBridge(bridge, 'media.import', { sessionId: 's1', paths: [] })).rejects.toMatchObject({
      code: 'invalid-request',
    });
    expect(calls).toEqual([]);
  });

  it('builds every contract method from the method list', async () => {
    const { bridge, calls } = fakeBridge(() => ({ ok: true, payload: { jobId: 'j2' } }));
    const api = buildApi((method, request) => callBridge(bridge, method, request));
    expect(Object.keys(api).sort()).toEqual([...methodNames].sort());
    await expect(api['jobs.retry']({ jobId: 'j1' })).resolves.toEqual({ jobId: 'j2' });
    expect(calls).toEqual([['jobs.retry', { jobId: 'j1' }]]);
  });

  it('checks bridge events against the contract', () => {
    const { bridge, emit } = fakeBridge(() => undefined);
    const seen: unknown[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    bridgeEvents(bridge).on('workspace.changed', (payload) => seen.push(payload));
    emit({ sessionId: 's1' });
    emit({ sessionId: 42 });
    expect(seen).toEqual([{ sessionId: 's1' }]);
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });

  it('maps files to their paths and refuses files that are not on disk', () => {
    const { bridge } = fakeBridge(() => undefined);
    const file = (name: string) => new File(['x'], name);
    expect(pathsForFiles(bridge, [file('a.mp4'), file('b.mts')])).toEqual([
      '/footage/a.mp4',
      '/footage/b.mts',
    ]);
    expect(() => pathsForFiles(bridge, [file('web.mp4')])).toThrow(/not a file on this computer/);
  });
});
