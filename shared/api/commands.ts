/**
 * Commands the desktop host sends to the page (menu items, accelerators). The page subscribes with
 * `window.guftagu.onCommand`; in browser mode the page binds the same ids to its own shortcuts.
 */
export const commandIds = ['session.new', 'media.import'] as const;
export type CommandId = (typeof commandIds)[number];

export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && (commandIds as readonly string[]).includes(value);
}

/** IPC channel on which main sends a command id to the page. */
export const COMMAND_CHANNEL = 'guftagu:command';
