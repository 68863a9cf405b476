import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, createHistory, record, redo, seal, undo } from '../../../shared/editor/history';

describe('history', () => {
  it('undoes and redoes every step; a new edit clears the redo list', () => {
    let history = createHistory('a');
    history = record(history, 'b');
    history = record(history, 'c');
    expect(canUndo(history)).toBe(true);
    history = undo(history);
    expect(history.present).toBe('b');
    expect(canRedo(history)).toBe(true);
    history = redo(history);
    expect(history.present).toBe('c');
    history = record(undo(history), 'd');
    expect(history.present).toBe('d');
    expect(canRedo(history)).toBe(false);
    expect(undo(undo(history)).present).toBe('a');
    expect(undo(createHistory('x')).present).toBe('x');
  });

  it('ignores a change to the same value and coalesces typing in one cue into one step', () => {
    let history = createHistory('');
    expect(record(history, '')).toBe(history);
    history = record(history, 'h', 'cue-1');
    history = record(history, 'he', 'cue-1');
    history = record(history, 'hey', 'cue-1');
    expect(history.past).toEqual(['']);
    history = record(history, 'hey!', 'cue-2');
    expect(history.past).toEqual(['', 'hey']);
    history = record(seal(history), 'hey!!', 'cue-2');
    expect(history.past).toEqual(['', 'hey', 'hey!']);
  });

  it('keeps at most the limit of steps', () => {
    let history = createHistory(0);
    for (let n = 1; n <= 250; n++) history = record(history, n, undefined, 200);
    expect(history.past.length).toBe(200);
    expect(history.past[0]).toBe(50);
  });
});
