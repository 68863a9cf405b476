import { useEffect, useRef } from 'react';
import { useClient } from '../../api/ClientContext';
import { commandOfMenuItem, type EditorCommand } from './registry';

/** The desktop menu's Subtitles items run the editor's commands while the editor is open. */
export function useEditorMenu(run: (command: EditorCommand) => boolean): void {
  const { onCommand } = useClient();
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
}
