import { useEffect, useRef, type RefObject } from 'react';
import { commandFor, type EditorCommand } from './keymap';

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(target.type)) ||
    target.isContentEditable);

/**
 * The editor's keyboard (keys pressed inside `root`, or with nothing focused): listens on the window in the capture phase, so Ctrl+Z or Ctrl+Enter inside a cue's
 * text box do the editor's undo and split rather than the text box's own. `run` returns false for a command
 * that does nothing now (then the key keeps its usual meaning).
 */
export function useEditorKeys(
  run: (command: EditorCommand) => boolean,
  root: RefObject<HTMLElement | null>,
): void {
  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      // Keys typed in a dialog over the editor (Models) are the dialog's.
      const inside =
        event.target === document.body ||
        (event.target instanceof Node && root.current?.contains(event.target));
      if (!inside) return;
      const command = commandFor(event, isTyping(event.target));
      if (command !== undefined && runRef.current(command)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [root]);
}
