/** A key press as the editor reads it (a KeyboardEvent has these fields). */
export interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** true: must be held; false: must not be held; 'any': either. */
export type Modifier = boolean | 'any';

/**
 * One key combination of a command. `code` is the physical key, read where a layout or Alt/Shift changes
 * the character (brackets, letters, digits, comma, full stop), so the keys also work with an Urdu layout;
 * `key` is the key's value, for keys no layout moves (Enter, F-keys, Escape, ?). Ctrl means Cmd on a Mac.
 */
export interface KeyChord {
  code?: string;
  key?: string;
  /** Default false. */
  ctrl?: Modifier;
  /** Default false. */
  alt?: Modifier;
  /** Default false. */
  shift?: Modifier;
  /** Only while focus is not in a text field (Space and ? type themselves there). */
  notWhileTyping?: true;
}

const held = (modifier: Modifier | undefined, pressed: boolean): boolean =>
  modifier === 'any' || (modifier ?? false) === pressed;

export function matchesChord(chord: KeyChord, event: KeyLike, typing: boolean): boolean {
  if (chord.notWhileTyping && typing) return false;
  if (chord.code !== undefined && event.code !== chord.code) return false;
  if (chord.key !== undefined && event.key !== chord.key) return false;
  return (
    held(chord.ctrl, event.ctrlKey || event.metaKey) &&
    held(chord.alt, event.altKey) &&
    held(chord.shift, event.shiftKey)
  );
}

const codeNames: Readonly<Record<string, string>> = {
  BracketLeft: '[',
  BracketRight: ']',
  Comma: ',',
  Period: '.',
  Space: 'Space',
};

function keyName(chord: KeyChord): string {
  const code = chord.code ?? '';
  if (code.startsWith('Key')) return code.slice(3);
  if (code.startsWith('Digit')) return code.slice(5);
  return codeNames[code] ?? chord.key ?? code;
}

/** The chord as the help and the tooltips show it: "Ctrl+Shift+Enter", "Alt+[", "F8". */
export function chordLabel(chord: KeyChord): string {
  const parts: string[] = [];
  if (chord.ctrl === true) parts.push('Ctrl');
  if (chord.alt === true) parts.push('Alt');
  if (chord.shift === true) parts.push('Shift');
  parts.push(keyName(chord));
  return parts.join('+');
}
