/**
 * Commands the desktop host sends to the page (menu items, accelerators). The page subscribes with
 * `window.guftagu.onCommand`; in browser mode the page binds the same ids to its own shortcuts.
 */
export const commandIds = [
  'session.new',
  'media.import',
  // The subtitle editor's commands in the desktop menu: `editor.` + an id of the editor's command registry
  // (renderer/src/editor/commands/registry.ts; a unit test checks each names a command there).
  'editor.undo',
  'editor.redo',
  'editor.split',
  'editor.merge',
  'editor.insert-after',
  'editor.delete-cue',
  'editor.next-problem',
  'editor.next-uncertain',
  'editor.find',
  'editor.retime',
  'editor.help',
] as const;
export type CommandId = (typeof commandIds)[number];

export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && (commandIds as readonly string[]).includes(value);
}

/** IPC channel on which main sends a command id to the page. */
export const COMMAND_CHANNEL = 'guftagu:command';

/**
 * Sent by main on COMMAND_CHANNEL before the window closes, the app quits or the workspace changes:
 * "save what is pending now". It is not a CommandId, so it never reaches `onCommand` listeners (a page
 * that treats unknown commands as a menu item must not act on it). The preload hands it to
 * `window.guftagu.onFlushRequest` listeners, waits for the promises they return, then answers on
 * FLUSHED_CHANNEL. Main waits for that answer a few seconds at most.
 */
export const APP_FLUSH = 'app.flush';

/** IPC channel on which the preload tells main that the page has flushed (no payload). */
export const FLUSHED_CHANNEL = 'guftagu:flushed';

/**
 * IPC channel on which the preload tells main whether the subtitle editor is open (payload: a boolean and
 * nothing else). Main enables the Subtitles menu's items only while it is: they act on an open editor.
 */
export const EDITOR_OPEN_CHANNEL = 'guftagu:editor-open';
