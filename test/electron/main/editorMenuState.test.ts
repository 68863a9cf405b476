import type { IpcMainEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { bindEditorMenuState } from '../../../electron/main/editorMenuState';
import { createSenderCheck } from '../../../electron/main/trustedSender';
import { EDITOR_OPEN_CHANNEL } from '../../../shared/api/commands';

vi.mock('electron', () => ({}));

const APP = 'guftagu-app://app/index.html';
const ourContents = { id: 'ours' };
const isTrusted = createSenderCheck(
  () => ({ isDestroyed: () => false, webContents: ourContents }),
  (url) => url === APP,
);

function setUp() {
  const listeners = new Map<string, (event: IpcMainEvent, value: unknown) => void>();
  const removeListener = vi.fn();
  const onChange = vi.fn();
  const log = vi.fn();
  const state = bindEditorMenuState(
    {
      on: (channel: string, listener: (event: IpcMainEvent, value: unknown) => void) =>
        listeners.set(channel, listener),
      removeListener,
    } as never,
    isTrusted,
    onChange,
    log,
  );
  const send = (value: unknown, sender: unknown = ourContents, url = APP) =>
    listeners.get(EDITOR_OPEN_CHANNEL)?.({ sender, senderFrame: { url } } as unknown as IpcMainEvent, value);
  return { state, send, onChange, log, removeListener };
}

describe('the Subtitles menu follows the editor', () => {
  it('starts closed, opens and closes on the page’s word, telling main only on a change', () => {
    const { state, send, onChange } = setUp();
    expect(state.isOpen()).toBe(false);
    send(true);
    send(true);
    expect(state.isOpen()).toBe(true);
    send(false);
    expect(state.isOpen()).toBe(false);
    expect(onChange.mock.calls).toEqual([[true], [false]]);
  });

  it.each([
    ['another web contents', true, { id: 'other' }, APP],
    ['a frame that left the app', true, ourContents, 'https://example.com/'],
    ['a string', 'true', ourContents, APP],
    ['an object', { open: true }, ourContents, APP],
  ])('refuses a report from %s and logs it', (_what, value, sender, url) => {
    const { state, send, onChange, log } = setUp();
    send(value, sender, url);
    expect(state.isOpen()).toBe(false);
    expect(onChange).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledOnce();
  });

  it('resets to closed when the page reloads, and stops listening when disposed', () => {
    const { state, send, onChange, removeListener } = setUp();
    send(true);
    state.reset();
    expect(state.isOpen()).toBe(false);
    expect(onChange.mock.calls).toEqual([[true], [false]]);
    state.dispose();
    expect(removeListener).toHaveBeenCalledWith(EDITOR_OPEN_CHANNEL, expect.any(Function));
  });
});
