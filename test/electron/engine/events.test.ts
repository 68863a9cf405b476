import { describe, expect, it, vi } from 'vitest';
import { createEventHub } from '../../../electron/engine/events';

describe('createEventHub', () => {
  it('logs what a failing listener threw and still calls the others', () => {
    const lines: string[] = [];
    const hub = createEventHub((line) => lines.push(line));
    const seen: unknown[] = [];
    hub.on('workspace.changed', () => {
      throw new Error('listener broke');
    });
    hub.on('workspace.changed', (change) => seen.push(change));
    hub.emit('workspace.changed', { kind: 'clips', sessionId: 's1', documentId: 's1' });
    expect(seen).toEqual([{ kind: 'clips', sessionId: 's1', documentId: 's1' }]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('workspace.changed');
    expect(lines[0]).toContain('listener broke');
  });

  it('writes to stderr when it has no log', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const hub = createEventHub();
      hub.on('workspace.changed', () => {
        throw new Error('no log here');
      });
      hub.emit('workspace.changed', {});
      expect(write).toHaveBeenCalledWith(expect.stringContaining('no log here'));
    } finally {
      write.mockRestore();
    }
  });

  it('stops calling a listener once unsubscribed', () => {
    const hub = createEventHub(() => {});
    const seen: unknown[] = [];
    const off = hub.on('workspace.changed', (change) => seen.push(change));
    hub.emit('workspace.changed', { sessionId: 'a' });
    off();
    hub.emit('workspace.changed', { sessionId: 'b' });
    expect(seen).toEqual([{ sessionId: 'a' }]);
  });
});
