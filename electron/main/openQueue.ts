/**
 * Paths the system asks the app to open (macOS 'open-file', a second instance's command line). macOS
 * sends 'open-file' before the app is ready when a double-click starts it, so requests wait here until
 * the app can handle them; at start the pending ones can be taken to choose the first workspace.
 */
export interface OpenQueue {
  push(target: string): void;
  /** Removes and returns what arrived before `ready`. */
  takePending(): string[];
  /** From now on each request goes straight to `handler`; waiting ones go first, in order. */
  ready(handler: (target: string) => void): void;
}

export function createOpenQueue(): OpenQueue {
  const pending: string[] = [];
  let handler: ((target: string) => void) | undefined;
  return {
    push(target) {
      if (handler === undefined) pending.push(target);
      else handler(target);
    },
    takePending: () => pending.splice(0),
    ready(next) {
      handler = next;
      for (const target of pending.splice(0)) next(target);
    },
  };
}
