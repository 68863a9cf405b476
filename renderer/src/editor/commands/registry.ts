import type { CommandId } from '../../../../shared/api/commands';
import type { EditorCommandSpec, EditorCommandState, ToolbarGroup } from './context';
import {
  NUDGE_STEP_MS,
  deleteTarget,
  insertAfter,
  mergeNext,
  nudge,
  replayCue,
  splitAtCaret,
} from './cueCommands';
import { chordLabel, matchesChord, type KeyLike } from './keyChord';

const speaker = (digit: string, index: number, helpKey: EditorCommandSpec['helpKey']): EditorCommandSpec => ({
  keys: [{ code: `Digit${digit}`, alt: true }],
  helpKey,
  perform: (context) => context.assignSpeaker(index),
});

/**
 * Every editor command, once: its keys, its words, where its button sits, when it is available and what it
 * does. The keyboard (`commandFor`), the toolbar and the shortcuts help are built from this table, in this
 * order; a new command is one entry here (and its words in the catalogues).
 */
const commandTable = {
  'play-pause': {
    keys: [
      { code: 'Space', shift: 'any', notWhileTyping: true },
      { code: 'Space', ctrl: true, shift: 'any' },
      { code: 'KeyK', alt: true },
    ],
    helpKey: 'help_playPause',
    toolbar: { group: 'playback', icon: (state: EditorCommandState) => (state.playing ? '❚❚' : '▶') },
    perform: (context) => {
      context.playback.togglePlay();
      return true;
    },
  },
  'replay-cue': {
    keys: [{ code: 'KeyR', ctrl: true }],
    helpKey: 'help_replay',
    perform: replayCue,
  },
  slower: {
    keys: [{ code: 'Comma', ctrl: true, shift: 'any' }],
    helpKey: 'help_slower',
    perform: (context) => {
      context.playback.stepRate(-1);
      return true;
    },
  },
  faster: {
    keys: [{ code: 'Period', ctrl: true, shift: 'any' }],
    helpKey: 'help_faster',
    perform: (context) => {
      context.playback.stepRate(1);
      return true;
    },
  },
  split: {
    keys: [{ key: 'Enter', ctrl: true }],
    helpKey: 'help_split',
    labelKey: 'split',
    toolbar: { group: 'cues' },
    perform: splitAtCaret,
  },
  merge: {
    keys: [{ code: 'KeyM', ctrl: true }],
    helpKey: 'help_merge',
    labelKey: 'merge',
    toolbar: { group: 'cues' },
    perform: mergeNext,
  },
  'insert-after': {
    keys: [{ key: 'Enter', ctrl: true, shift: true }],
    helpKey: 'help_insert',
    labelKey: 'insert',
    toolbar: { group: 'cues' },
    perform: insertAfter,
  },
  'delete-cue': {
    keys: [
      { key: 'Backspace', ctrl: true, shift: true },
      { key: 'Delete', ctrl: true, shift: true },
    ],
    helpKey: 'help_delete',
    labelKey: 'deleteCue',
    toolbar: { group: 'cues' },
    perform: deleteTarget,
  },
  undo: {
    keys: [{ code: 'KeyZ', ctrl: true }],
    helpKey: 'help_undo',
    labelKey: 'undo',
    toolbar: { group: 'history' },
    enabled: (state) => state.canUndo,
    perform: (context) => {
      context.doc.undo();
      return true;
    },
  },
  redo: {
    keys: [
      { code: 'KeyZ', ctrl: true, shift: true },
      { code: 'KeyY', ctrl: true },
    ],
    helpKey: 'help_redo',
    labelKey: 'redo',
    toolbar: { group: 'history' },
    enabled: (state) => state.canRedo,
    perform: (context) => {
      context.doc.redo();
      return true;
    },
  },
  'nudge-in-earlier': {
    keys: [{ code: 'BracketLeft', alt: true }],
    helpKey: 'help_nudgeInEarlier',
    perform: (context) => nudge(context, 'start', -NUDGE_STEP_MS),
  },
  'nudge-in-later': {
    keys: [{ code: 'BracketRight', alt: true }],
    helpKey: 'help_nudgeInLater',
    perform: (context) => nudge(context, 'start', NUDGE_STEP_MS),
  },
  'nudge-out-earlier': {
    keys: [{ code: 'BracketLeft', alt: true, shift: true }],
    helpKey: 'help_nudgeOutEarlier',
    perform: (context) => nudge(context, 'end', -NUDGE_STEP_MS),
  },
  'nudge-out-later': {
    keys: [{ code: 'BracketRight', alt: true, shift: true }],
    helpKey: 'help_nudgeOutLater',
    perform: (context) => nudge(context, 'end', NUDGE_STEP_MS),
  },
  'next-problem': {
    keys: [{ key: 'F8', shift: 'any' }],
    helpKey: 'help_nextProblem',
    perform: (context) => context.nextProblem(),
  },
  'next-uncertain': {
    keys: [{ key: 'F9', shift: 'any' }],
    helpKey: 'help_nextUncertain',
    labelKey: 'nextUncertain',
    toolbar: { group: 'view' },
    perform: (context) => context.nextUncertain(),
  },
  find: {
    keys: [{ code: 'KeyF', ctrl: true }],
    helpKey: 'help_find',
    labelKey: 'find',
    toolbar: { group: 'view' },
    perform: (context) => {
      context.toggleFind();
      return true;
    },
  },
  'find-next': {
    keys: [{ key: 'F3' }],
    helpKey: 'help_findNext',
    perform: (context) => context.findStep(1),
  },
  'find-previous': {
    keys: [{ key: 'F3', shift: true }],
    helpKey: 'help_findPrevious',
    perform: (context) => context.findStep(-1),
  },
  help: {
    keys: [
      { key: '?', shift: 'any', notWhileTyping: true },
      { key: 'F1', ctrl: 'any', alt: 'any', shift: 'any' },
    ],
    helpKey: 'help_help',
    toolbar: { group: 'view', icon: () => '?' },
    perform: (context) => {
      context.toggleHelp();
      return true;
    },
  },
  close: {
    keys: [{ key: 'Escape', ctrl: 'any', alt: 'any', shift: 'any' }],
    helpKey: 'help_close',
    perform: (context) => context.closePanels(),
  },
  retime: {
    keys: [{ code: 'KeyT', ctrl: true, shift: true }],
    helpKey: 'help_retime',
    labelKey: 'retimeButton',
    perform: (context) => context.openRetime(),
  },
  'speaker-1': speaker('1', 0, 'help_speaker1'),
  'speaker-2': speaker('2', 1, 'help_speaker2'),
  'speaker-3': speaker('3', 2, 'help_speaker3'),
  'speaker-4': speaker('4', 3, 'help_speaker4'),
  'speaker-none': speaker('0', -1, 'help_speakerNone'),
} satisfies Record<string, EditorCommandSpec>;

export type EditorCommand = keyof typeof commandTable;

export interface EditorCommandEntry extends EditorCommandSpec {
  id: EditorCommand;
}

/** The registry, in table order. */
export const editorCommandEntries: readonly EditorCommandEntry[] = Object.entries(commandTable).map(
  ([id, spec]: [string, EditorCommandSpec]) => ({ ...spec, id: id as EditorCommand }),
);

export const editorCommands: readonly EditorCommand[] = editorCommandEntries.map((entry) => entry.id);

export function commandEntry(command: EditorCommand): EditorCommandEntry {
  const entry = editorCommandEntries.find((candidate) => candidate.id === command);
  if (!entry) throw new Error(`No editor command "${command}" in the registry.`);
  return entry;
}

/**
 * The command for a key press, or undefined. `typing` is true while focus is in a text field: then Space
 * and ? type themselves (play/pause is Ctrl+Space or Alt+K).
 */
export function commandFor(event: KeyLike, typing: boolean): EditorCommand | undefined {
  return editorCommandEntries.find((entry) => entry.keys.some((chord) => matchesChord(chord, event, typing)))
    ?.id;
}

/** Every key of a command as the help shows them. */
export const shortcutLabelsOf = (command: EditorCommand): string[] =>
  commandEntry(command).keys.map(chordLabel);

/** The key a tooltip names: the first one that also works while typing in a cue. */
export function tooltipKeys(command: EditorCommand): string {
  const { keys } = commandEntry(command);
  const chord = keys.find((candidate) => !candidate.notWhileTyping) ?? keys[0];
  return chord ? chordLabel(chord) : '';
}

export const toolbarGroups: readonly ToolbarGroup[] = ['history', 'cues', 'playback', 'view'];

export const toolbarCommands = (group: ToolbarGroup): EditorCommandEntry[] =>
  editorCommandEntries.filter((entry) => entry.toolbar?.group === group);

/** Whether a command is available now (absent `enabled`: always). */
export const isEnabled = (entry: EditorCommandSpec, state: EditorCommandState): boolean =>
  entry.enabled?.(state) ?? true;

const MENU_PREFIX = 'editor.';

/** The editor command a desktop menu item names (`editor.split` → split), or undefined for other items. */
export function commandOfMenuItem(id: CommandId): EditorCommand | undefined {
  if (!id.startsWith(MENU_PREFIX)) return undefined;
  const command = id.slice(MENU_PREFIX.length);
  return editorCommandEntries.find((entry) => entry.id === command)?.id;
}
