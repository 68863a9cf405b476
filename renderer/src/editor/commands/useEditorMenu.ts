import { useEffect, useRef } from 'react';
import { useClient } from '../../api/ClientContext';
import { commandOfMenuItem, type EditorCommand } from './registry';

/**
 * The desktop menu's Subtitles items run the editor's commands while the editor is open; the app enables
 * them while this editor is mounted and disables them again when it closes.
 */
export function useEditorMenu(run: (command: EditorCommand) => boolean): void {
  const { onCommand, setEditorOpen } = useClient();
  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  });
  useEffect(
    () =>
      onCommand((id) => {
        const command = commandOfMenuItem(id);
        if (command !== undefined) runRef.current(command);
      }),
    [onCommand],
  );
  useEffect(() => {
    setEditorOpen?.(true);
    return () => setEditorOpen?.(false);
  }, [setEditorOpen]);
}
