import { useEffect, useRef } from 'react';
import type { CommandId } from '../../../shared/api/commands';
import { useClient } from '../api/ClientContext';

export interface Shortcuts {
  /** Ctrl/Cmd+N, or the desktop menu's New Session. */
  newSession(): void;
  /** Ctrl/Cmd+O, or the desktop menu's Import; undefined when no session is open. */
  importFootage: (() => void) | undefined;
}

const keyCommands: Readonly<Record<string, CommandId>> = { n: 'session.new', o: 'media.import' };

/** App-wide shortcuts: the page's own keys, and the same commands from the desktop menu. */
export function useShortcuts(shortcuts: Shortcuts): void {
  const { onCommand } = useClient();
  const current = useRef(shortcuts);
  useEffect(() => {
    current.current = shortcuts;
  });
  useEffect(() => {
    const run = (command: CommandId): boolean => {
      // Other ids (the subtitle editor's menu commands) are the editor's own (useEditorMenu).
      const action =
        command === 'session.new'
          ? current.current.newSession
          : command === 'media.import'
            ? current.current.importFootage
            : undefined;
      action?.();
      return action !== undefined;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const command = keyCommands[event.key.toLowerCase()];
      if (command !== undefined && run(command)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    const offCommand = onCommand((command) => void run(command));
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      offCommand();
    };
  }, [onCommand]);
}
