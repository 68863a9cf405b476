import { describe, expect, it } from 'vitest';
import { flushPendingSaves, registerFlusher } from '../../../renderer/src/hooks/pendingSaves';

describe('pending saves (the desktop app asks the page to save before closing)', () => {
  it('waits for every registered save, even when one fails, and forgets unregistered ones', async () => {
    const saved: string[] = [];
    const offNotes = registerFlusher(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      saved.push('notes');
    });
    const offBroken = registerFlusher(() => Promise.reject(new Error('disk full')));
    const offEditor = registerFlusher(async () => {
      saved.push('editor');
    });
    const offGone = registerFlusher(async () => {
      saved.push('gone');
    });
    offGone();
    await expect(flushPendingSaves()).resolves.toBeUndefined();
    expect(saved.sort()).toEqual(['editor', 'notes']);
    offNotes();
    offBroken();
    offEditor();
  });
});
