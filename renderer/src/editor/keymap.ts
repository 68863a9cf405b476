/** Everything the editor does from the keyboard. */
export const editorCommands = [
  'play-pause',
  'replay-cue',
  'slower',
  'faster',
  'split',
  'merge',
  'insert-after',
  'delete-cue',
  'undo',
  'redo',
  'nudge-in-earlier',
  'nudge-in-later',
  'nudge-out-earlier',
  'nudge-out-later',
  'next-problem',
  'next-uncertain',
  'find',
  'help',
  'close',
  'retime',
  'speaker-1',
  'speaker-2',
  'speaker-3',
  'speaker-4',
  'speaker-none',
] as const;
export type EditorCommand = (typeof editorCommands)[number];

export interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** Keys shown in the shortcuts help, per command (Ctrl means Cmd on a Mac). */
export const shortcutLabels: Readonly<Record<EditorCommand, readonly string[]>> = {
  'play-pause': ['Space', 'Ctrl+Space', 'Alt+K'],
  'replay-cue': ['Ctrl+R'],
  slower: ['Ctrl+,'],
  faster: ['Ctrl+.'],
  split: ['Ctrl+Enter'],
  merge: ['Ctrl+M'],
  'insert-after': ['Ctrl+Shift+Enter'],
  'delete-cue': ['Ctrl+Shift+Backspace'],
  undo: ['Ctrl+Z'],
  redo: ['Ctrl+Shift+Z', 'Ctrl+Y'],
  'nudge-in-earlier': ['Alt+['],
  'nudge-in-later': ['Alt+]'],
  'nudge-out-earlier': ['Alt+Shift+['],
  'nudge-out-later': ['Alt+Shift+]'],
  'next-problem': ['F8'],
  'next-uncertain': ['F9'],
  find: ['Ctrl+F'],
  help: ['?', 'F1'],
  close: ['Escape'],
  retime: ['Ctrl+Shift+T'],
  'speaker-1': ['Alt+1'],
  'speaker-2': ['Alt+2'],
  'speaker-3': ['Alt+3'],
  'speaker-4': ['Alt+4'],
  'speaker-none': ['Alt+0'],
};

const speakerKeys: Readonly<Record<string, EditorCommand>> = {
  Digit1: 'speaker-1',
  Digit2: 'speaker-2',
  Digit3: 'speaker-3',
  Digit4: 'speaker-4',
  Digit0: 'speaker-none',
};

/**
 * The command for a key press, or undefined. `typing` is true while focus is in a text field: then Space
 * and ? type themselves (play/pause is Ctrl+Space or Alt+K). Keys are read by physical position (`code`)
 * where a layout or Alt/Shift changes the character (brackets, K, comma, full stop), so they also work
 * with an Urdu keyboard layout.
 */
export function commandFor(event: KeyLike, typing: boolean): EditorCommand | undefined {
  const ctrl = event.ctrlKey || event.metaKey;
  const { altKey: alt, shiftKey: shift, code, key } = event;
  if (key === 'F8' && !ctrl && !alt) return 'next-problem';
  if (key === 'F9' && !ctrl && !alt) return 'next-uncertain';
  if (key === 'F1') return 'help';
  if (key === 'Escape') return 'close';
  if (alt && !ctrl) {
    if (code === 'BracketLeft') return shift ? 'nudge-out-earlier' : 'nudge-in-earlier';
    if (code === 'BracketRight') return shift ? 'nudge-out-later' : 'nudge-in-later';
    if (code === 'KeyK' && !shift) return 'play-pause';
    if (!shift) return speakerKeys[code];
    return undefined;
  }
  if (ctrl && !alt) {
    if (code === 'Space') return 'play-pause';
    if (key === 'Enter') return shift ? 'insert-after' : 'split';
    if (shift && (key === 'Backspace' || key === 'Delete')) return 'delete-cue';
    if (code === 'KeyZ') return shift ? 'redo' : 'undo';
    if (code === 'KeyY' && !shift) return 'redo';
    if (code === 'KeyM' && !shift) return 'merge';
    if (code === 'KeyR' && !shift) return 'replay-cue';
    if (code === 'KeyF' && !shift) return 'find';
    if (code === 'KeyT' && shift) return 'retime';
    if (code === 'Comma') return 'slower';
    if (code === 'Period') return 'faster';
    return undefined;
  }
  if (!typing && !ctrl && !alt) {
    if (code === 'Space') return 'play-pause';
    if (key === '?') return 'help';
  }
  return undefined;
}

/** Playback rates that Ctrl+, and Ctrl+. step through. */
export const playbackRates = [0.5, 0.75, 1, 1.25, 1.5, 2] as const;

export function stepRate(rate: number, direction: -1 | 1): number {
  const index = playbackRates.findIndex((candidate) => candidate >= rate - 1e-6);
  const at = index < 0 ? playbackRates.length - 1 : index;
  return playbackRates[Math.min(playbackRates.length - 1, Math.max(0, at + direction))] ?? 1;
}
