import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { ensureSingleInstance, type SingleInstanceApp } from '../../../electron/main/singleInstance';

vi.mock('electron', () => ({}));

function fakeApp(gotLock: boolean) {
  return Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: vi.fn(() => gotLock),
    quit: vi.fn(),
  });
}

function fakeWindow(minimized: boolean) {
  return {
    isDestroyed: vi.fn(() => false),
    isMinimized: vi.fn(() => minimized),
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
  };
}

describe('single instance', () => {
  it('quits when another instance holds the lock', () => {
    const app = fakeApp(false);
    expect(ensureSingleInstance(app as unknown as SingleInstanceApp, () => undefined)).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
  });

  it('brings its window to the front when a second instance starts', () => {
    const app = fakeApp(true);
    const window = fakeWindow(true);
    const onSecond = vi.fn();
    expect(ensureSingleInstance(app as unknown as SingleInstanceApp, () => window, onSecond)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('second-instance', {}, ['guftagu', 'interview.guftagu'], '/home');
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.show).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
    expect(onSecond).toHaveBeenCalledWith(['guftagu', 'interview.guftagu'], '/home');
  });

  it('does not restore a window that is not minimized, and copes with none', () => {
    const app = fakeApp(true);
    const window = fakeWindow(false);
    const state: { current: typeof window | undefined } = { current: undefined };
    ensureSingleInstance(app as unknown as SingleInstanceApp, () => state.current);
    app.emit('second-instance', {}, []);
    state.current = window;
    app.emit('second-instance', {}, []);
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalledOnce();
  });
});
