import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, type SaveStatus } from '../../../renderer/src/hooks/autosaver';

/** A save whose completion the test controls. */
function controlledSave() {
  const saved: string[] = [];
  const waiting: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];
  const save = (value: string) =>
    new Promise<void>((resolve, reject) => {
      saved.push(value);
      waiting.push({ resolve, reject });
    });
  const finish = async (error?: Error) => {
    const next = waiting.shift();
    if (!next) throw new Error('no save is running');
    if (error) next.reject(error);
    else next.resolve();
    await vi.advanceTimersByTimeAsync(0);
  };
  return { save, saved, finish };
}

function setup(initial = '') {
  const control = controlledSave();
  const statuses: SaveStatus[] = [];
  const saver = new Autosaver(initial, control.save, 1000, (status) => statuses.push(status));
  const last = () => statuses.at(-1)?.state;
  return { ...control, saver, statuses, last };
}

describe('Autosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves the latest value once, one second after typing stops', async () => {
    const { saver, saved, finish, last } = setup();
    saver.update('a');
    await vi.advanceTimersByTimeAsync(600);
    saver.update('ab');
    await vi.advanceTimersByTimeAsync(600);
    saver.update('abc');
    expect(saved).toEqual([]);
    expect(last()).toBe('pending');
    await vi.advanceTimersByTimeAsync(999);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['abc']);
    expect(last()).toBe('saving');
    await finish();
    expect(last()).toBe('saved');
  });

  it('does not save a value that was not changed, or was changed back', async () => {
    const { saver, saved, last } = setup('notes');
    saver.update('notes');
    saver.update('notes!');
    saver.update('notes');
    await vi.advanceTimersByTimeAsync(5000);
    expect(saved).toEqual([]);
    expect(last()).toBe('idle');
  });

  it('saves edits made during a save after that save ends', async () => {
    const { saver, saved, finish, last } = setup();
    saver.update('one');
    await vi.advanceTimersByTimeAsync(1000);
    saver.update('one two');
    expect(last()).toBe('saving');
    await vi.advanceTimersByTimeAsync(1000); // idle time passes while the first save still runs
    expect(saved).toEqual(['one']);
    await finish();
    expect(saved).toEqual(['one', 'one two']);
    expect(last()).toBe('saving');
    await finish();
    expect(last()).toBe('saved');
  });

  it('waits for idle time again when an edit arrives just before a save ends', async () => {
    const { saver, saved, finish, last } = setup();
    saver.update('x');
    await vi.advanceTimersByTimeAsync(1000);
    saver.update('xy');
    await finish();
    expect(last()).toBe('pending');
    expect(saved).toEqual(['x']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual(['x', 'xy']);
  });

  it('reports a failure with its message and tries again on the next edit', async () => {
    const { saver, saved, finish, statuses } = setup();
    saver.update('draft');
    await vi.advanceTimersByTimeAsync(1000);
    await finish(new Error('The disk is full.'));
    expect(statuses.at(-1)).toEqual({ state: 'failed', message: 'The disk is full.' });
    await vi.advanceTimersByTimeAsync(5000);
    expect(saved).toEqual(['draft']);
    saver.update('draft.');
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual(['draft', 'draft.']);
    await finish();
    expect(statuses.at(-1)).toEqual({ state: 'saved' });
  });

  it('flush saves at once, and says when there was nothing to save', async () => {
    const { saver, saved, finish } = setup();
    await expect(saver.flush()).resolves.toBeUndefined();
    saver.update('unsaved');
    const flushed = saver.flush();
    expect(saved).toEqual(['unsaved']);
    await finish();
    await expect(flushed).resolves.toEqual({ state: 'saved' });
    await vi.advanceTimersByTimeAsync(5000);
    expect(saved).toEqual(['unsaved']);
  });

  it('flush during a save waits for it and then saves the newer value', async () => {
    const { saver, saved, finish } = setup();
    saver.update('v1');
    await vi.advanceTimersByTimeAsync(1000);
    saver.update('v2');
    const flushed = saver.flush();
    await finish();
    expect(saved).toEqual(['v1', 'v2']);
    await finish();
    await expect(flushed).resolves.toEqual({ state: 'saved' });
    expect(saver.dirty).toBe(false);
  });
});
