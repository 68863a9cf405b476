import type { IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { bindPathGrants, desktopPathRefusal, GrantedPaths } from '../../../electron/main/grantedPaths';
import { bindApiToIpc, type IpcMainLike } from '../../../electron/main/ipc';
import { createSenderCheck } from '../../../electron/main/trustedSender';
import { ipcChannel } from '../../../shared/api/contract';
import type { IpcReply } from '../../../shared/api/wire';
import { GRANT_PATH_CHANNEL } from '../../../shared/security/grantedPaths';
import { fakeEngine } from './fakes';

vi.mock('electron', () => ({}));

const APP = 'guftagu-app://app/index.html';
const ourContents = { id: 'ours' };
const isTrusted = createSenderCheck(
  () => ({ isDestroyed: () => false, webContents: ourContents }),
  (url) => url === APP,
);

function setUp() {
  const granted = new GrantedPaths();
  const listeners = new Map<string, (event: IpcMainEvent, path: unknown) => void>();
  bindPathGrants(
    {
      on: (channel: string, listener: (event: IpcMainEvent, path: unknown) => void) =>
        listeners.set(channel, listener),
      removeListener: vi.fn(),
    } as never,
    granted,
    isTrusted,
    () => {},
  );
  const grant = (path: unknown, sender: unknown = ourContents, url = APP) => {
    const event = { sender, senderFrame: { url }, returnValue: undefined as unknown };
    listeners.get(GRANT_PATH_CHANNEL)?.(event as unknown as IpcMainEvent, path);
    return event.returnValue;
  };
  const handlers = new Map<string, (event: IpcMainInvokeEvent, payload: unknown) => Promise<IpcReply>>();
  const engine = fakeEngine();
  bindApiToIpc(
    {
      handle: (channel: string, handler: never) => handlers.set(channel, handler),
      removeHandler: vi.fn(),
    } as unknown as IpcMainLike,
    engine,
    isTrusted,
    () => undefined,
    () => {},
    (name, payload) => desktopPathRefusal(name, payload, granted, engine.workspacePath),
  );
  const call = (name: Parameters<typeof ipcChannel>[0], payload: unknown) =>
    handlers.get(ipcChannel(name))?.({ sender: ourContents, senderFrame: { url: APP } } as never, payload);
  return { granted, grant, call, engine };
}

describe('desktop: main keeps the paths the person chose', () => {
  it('takes grants only from the app page, and only absolute paths', () => {
    const { granted, grant } = setUp();
    expect(grant('/home/user/Videos/interview.mp4')).toBe(true);
    expect(granted.has('/home/user/Videos/interview.mp4')).toBe(true);
    expect(grant('/etc/passwd', { id: 'other window' })).toBe(false);
    expect(grant('/etc/shadow', ourContents, 'https://example.com/')).toBe(false);
    expect(grant('relative.mp4')).toBe(false);
    expect(grant(42)).toBe(false);
    expect(granted.has('/etc/passwd')).toBe(false);
  });

  it('refuses a path-taking call for a path nobody chose; passes chosen paths and workspace paths', async () => {
    const { grant, call, engine } = setUp();
    vi.mocked(engine.api['media.import']).mockResolvedValue({ jobIds: ['j1'] });
    const refused = await call('media.import', { sessionId: 's1', paths: ['/etc/passwd'] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(engine.api['media.import']).not.toHaveBeenCalled();

    grant('/home/user/Videos/interview.mp4');
    expect(
      await call('media.import', { sessionId: 's1', paths: ['/home/user/Videos/interview.mp4'] }),
    ).toEqual({
      ok: true,
      payload: { jobIds: ['j1'] },
    });
    expect(
      await call('media.import', { sessionId: 's1', paths: [`${engine.workspacePath}/uploads/a.mp4`] }),
    ).toMatchObject({
      ok: true,
    });
    expect(
      await call('media.import', { sessionId: 's1', paths: [`${engine.workspacePath}/../escape.mp4`] }),
    ).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('lets binary paths be set only from a file the person picked', async () => {
    const { grant, call, engine } = setUp();
    vi.mocked(engine.api['settings.update']).mockResolvedValue({} as never);
    expect(await call('settings.update', { whisperPath: '/tmp/evil' })).toMatchObject({ ok: false });
    grant('/opt/whisper/whisper-cli');
    expect(await call('settings.update', { whisperPath: '/opt/whisper/whisper-cli' })).toMatchObject({
      ok: true,
    });
  });
});
