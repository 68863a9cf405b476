import { describe, expect, it } from 'vitest';
import { commandFor, stepRate, type KeyLike } from '../../../renderer/src/editor/keymap';

const key = (spec: string, code = ''): KeyLike => {
  const parts = spec.split('+');
  const name = parts.pop() ?? '';
  return {
    key: name,
    code,
    ctrlKey: parts.includes('Ctrl'),
    metaKey: parts.includes('Meta'),
    altKey: parts.includes('Alt'),
    shiftKey: parts.includes('Shift'),
  };
};

describe('editor keys', () => {
  it('maps the documented shortcuts, Cmd standing for Ctrl', () => {
    expect(commandFor(key('Ctrl+Enter'), true)).toBe('split');
    expect(commandFor(key('Ctrl+Shift+Enter'), true)).toBe('insert-after');
    expect(commandFor(key('Ctrl+m', 'KeyM'), true)).toBe('merge');
    expect(commandFor(key('Meta+z', 'KeyZ'), true)).toBe('undo');
    expect(commandFor(key('Ctrl+Shift+Z', 'KeyZ'), true)).toBe('redo');
    expect(commandFor(key('Ctrl+y', 'KeyY'), true)).toBe('redo');
    expect(commandFor(key('Ctrl+r', 'KeyR'), true)).toBe('replay-cue');
    expect(commandFor(key('Ctrl+,', 'Comma'), true)).toBe('slower');
    expect(commandFor(key('Ctrl+.', 'Period'), true)).toBe('faster');
    expect(commandFor(key('Ctrl+f', 'KeyF'), true)).toBe('find');
    expect(commandFor(key('F8'), true)).toBe('next-problem');
    expect(commandFor(key('F9'), true)).toBe('next-uncertain');
    expect(commandFor(key('Ctrl+Shift+Backspace'), true)).toBe('delete-cue');
  });

  it('reads brackets and K by position, so Alt/Shift and an Urdu layout do not change them', () => {
    expect(commandFor(key('Alt+“', 'BracketLeft'), true)).toBe('nudge-in-earlier');
    expect(commandFor(key('Alt+]', 'BracketRight'), true)).toBe('nudge-in-later');
    expect(commandFor(key('Alt+Shift+{', 'BracketLeft'), true)).toBe('nudge-out-earlier');
    expect(commandFor(key('Alt+Shift+}', 'BracketRight'), true)).toBe('nudge-out-later');
    expect(commandFor(key('Alt+ک', 'KeyK'), true)).toBe('play-pause');
    expect(commandFor(key('Ctrl+ع', 'KeyZ'), true)).toBe('undo');
  });

  it('lets Space and ? type while typing; play/pause is then Ctrl+Space', () => {
    expect(commandFor(key(' ', 'Space'), true)).toBeUndefined();
    expect(commandFor(key(' ', 'Space'), false)).toBe('play-pause');
    expect(commandFor(key('Ctrl+ ', 'Space'), true)).toBe('play-pause');
    expect(commandFor(key('?'), true)).toBeUndefined();
    expect(commandFor(key('?'), false)).toBe('help');
    expect(commandFor(key('a', 'KeyA'), true)).toBeUndefined();
    expect(commandFor(key('Ctrl+a', 'KeyA'), true)).toBeUndefined();
  });

  it('opens shift/stretch with Ctrl+Shift+T and sets speakers with Alt+1…4 (Alt+0 clears), by key position', () => {
    expect(commandFor(key('Ctrl+Shift+T', 'KeyT'), true)).toBe('retime');
    expect(commandFor(key('Ctrl+t', 'KeyT'), true)).toBeUndefined();
    expect(commandFor(key('Alt+1', 'Digit1'), true)).toBe('speaker-1');
    expect(commandFor(key('Alt+۴', 'Digit4'), true)).toBe('speaker-4');
    expect(commandFor(key('Alt+0', 'Digit0'), false)).toBe('speaker-none');
    expect(commandFor(key('Alt+5', 'Digit5'), true)).toBeUndefined();
    expect(commandFor(key('Alt+Shift+!', 'Digit1'), true)).toBeUndefined();
  });

  it('steps the playback rate', () => {
    expect(stepRate(1, -1)).toBe(0.75);
    expect(stepRate(1, 1)).toBe(1.25);
    expect(stepRate(0.5, -1)).toBe(0.5);
    expect(stepRate(2, 1)).toBe(2);
    expect(stepRate(0.9, 1)).toBe(1.25);
  });
});
