import { describe, expect, it } from 'vitest';
import { commandIds } from '../../../../shared/api/commands';
import type { EditorCommandContext } from '../../../../renderer/src/editor/commands/context';
import {
  chordLabel,
  matchesChord,
  type KeyChord,
  type KeyLike,
} from '../../../../renderer/src/editor/commands/keyChord';
import {
  commandFor,
  commandOfMenuItem,
  editorCommandEntries,
  editorCommands,
  isEnabled,
  toolbarCommands,
  toolbarGroups,
  tooltipKeys,
  type EditorCommand,
} from '../../../../renderer/src/editor/commands/registry';
import { editorCatalogs } from '../../../../renderer/src/editor/i18n/useEditorT';
import type { EditorDocument } from '../../../../renderer/src/editor/useEditorDocument';
import type { Playback } from '../../../../renderer/src/editor/usePlayback';

/** Every command and the keys the help lists for it: the keyboard's one table. */
const expectedKeys: Readonly<Record<EditorCommand, readonly string[]>> = {
  'play-pause': ['Space', 'Ctrl+Space', 'Alt+K'],
  'replay-cue': ['Ctrl+R'],
  slower: ['Ctrl+,'],
  faster: ['Ctrl+.'],
  split: ['Ctrl+Enter'],
  merge: ['Ctrl+M'],
  'insert-after': ['Ctrl+Shift+Enter'],
  'delete-cue': ['Ctrl+Shift+Backspace', 'Ctrl+Shift+Delete'],
  undo: ['Ctrl+Z'],
  redo: ['Ctrl+Shift+Z', 'Ctrl+Y'],
  'nudge-in-earlier': ['Alt+['],
  'nudge-in-later': ['Alt+]'],
  'nudge-out-earlier': ['Alt+Shift+['],
  'nudge-out-later': ['Alt+Shift+]'],
  'next-problem': ['F8'],
  'next-uncertain': ['F9'],
  find: ['Ctrl+F'],
  'find-next': ['F3'],
  'find-previous': ['Shift+F3'],
  help: ['?', 'F1'],
  close: ['Escape'],
  retime: ['Ctrl+Shift+T'],
  'speaker-1': ['Alt+1'],
  'speaker-2': ['Alt+2'],
  'speaker-3': ['Alt+3'],
  'speaker-4': ['Alt+4'],
  'speaker-none': ['Alt+0'],
};

/** A key press that a chord describes (modifiers it leaves open: not held). */
function pressOf(chord: KeyChord): KeyLike {
  return {
    key: chord.key ?? '',
    code: chord.code ?? '',
    ctrlKey: chord.ctrl === true,
    metaKey: false,
    altKey: chord.alt === true,
    shiftKey: chord.shift === true,
  };
}

/** Records which of the editor's capabilities a command used. */
function recordingContext(calls: string[]): EditorCommandContext {
  const record =
    <T>(name: string, result: T) =>
    (...args: unknown[]): T => {
      calls.push(args.length > 0 ? `${name}(${args.map(String).join(',')})` : name);
      return result;
    };
  const doc = {
    undo: record('undo', undefined),
    redo: record('redo', undefined),
  } as unknown as EditorDocument;
  const playback = {
    togglePlay: record('togglePlay', undefined),
    stepRate: record('stepRate', undefined),
    playRange: record('playRange', undefined),
  } as unknown as Playback;
  return {
    doc,
    playback,
    transcript: undefined,
    rulesFor: () => {
      throw new Error('no track, no rules');
    },
    target: () => undefined,
    trackOf: () => undefined,
    updateTrack: record('updateTrack', undefined),
    requestFocus: record('requestFocus', undefined),
    nextProblem: record('nextProblem', true),
    nextUncertain: record('nextUncertain', true),
    toggleFind: record('toggleFind', undefined),
    findStep: record('findStep', true),
    toggleHelp: record('toggleHelp', undefined),
    closePanels: record('closePanels', false),
    openRetime: record('openRetime', true),
    assignSpeaker: record('assignSpeaker', true),
  };
}

describe('the editor command registry', () => {
  it('has one entry per command, each with a handler, keys and a help line in English and Urdu', () => {
    expect(editorCommandEntries.map((entry) => entry.id)).toEqual([...editorCommands]);
    expect(new Set(editorCommands).size).toBe(editorCommands.length);
    for (const entry of editorCommandEntries) {
      expect(typeof entry.perform, `${entry.id} has no handler`).toBe('function');
      expect(entry.keys.length, `${entry.id} has no key`).toBeGreaterThan(0);
      for (const catalog of Object.values(editorCatalogs)) {
        expect(catalog[entry.helpKey].trim(), `${entry.id}: ${entry.helpKey}`).not.toBe('');
        if (entry.labelKey)
          expect(catalog[entry.labelKey].trim(), `${entry.id}: ${entry.labelKey}`).not.toBe('');
      }
    }
  });

  it('lists the documented keys per command', () => {
    const shown = Object.fromEntries(
      editorCommandEntries.map((entry) => [entry.id, entry.keys.map(chordLabel)]),
    );
    expect(shown).toEqual(expectedKeys);
  });

  it('gives every key press at most one command, and each chord its own command', () => {
    for (const entry of editorCommandEntries)
      for (const chord of entry.keys) {
        const press = pressOf(chord);
        const typing = false;
        const owners = editorCommandEntries
          .filter((other) => other.keys.some((candidate) => matchesChord(candidate, press, typing)))
          .map((other) => other.id);
        expect(owners, chordLabel(chord)).toEqual([entry.id]);
        expect(commandFor(press, typing)).toBe(entry.id);
      }
    const codes = [
      'KeyK',
      'KeyZ',
      'KeyY',
      'KeyM',
      'KeyT',
      'BracketLeft',
      'Comma',
      'Space',
      'Digit1',
      'Slash',
    ];
    const keys = ['Enter', 'Backspace', 'F1', 'F3', 'F8', 'Escape', '?'];
    const presses = [...codes.map((code) => ({ code, key: '' })), ...keys.map((key) => ({ key, code: key }))];
    for (const { key, code } of presses)
      for (let modifiers = 0; modifiers < 16; modifiers += 1)
        for (const typing of [false, true]) {
          const press: KeyLike = {
            key,
            code,
            ctrlKey: (modifiers & 1) !== 0,
            metaKey: (modifiers & 2) !== 0,
            altKey: (modifiers & 4) !== 0,
            shiftKey: (modifiers & 8) !== 0,
          };
          const owners = editorCommandEntries.filter((entry) =>
            entry.keys.some((chord) => matchesChord(chord, press, typing)),
          );
          expect(owners.length, JSON.stringify(press)).toBeLessThanOrEqual(1);
        }
  });

  it('builds the toolbar from the entries: every button has words or a symbol and names a key that works while typing', () => {
    const state = { canUndo: true, canRedo: false, playing: false };
    const buttons = toolbarGroups.flatMap((group) => toolbarCommands(group).map((entry) => entry.id));
    expect(buttons).toEqual([
      'undo',
      'redo',
      'split',
      'merge',
      'insert-after',
      'delete-cue',
      'play-pause',
      'next-uncertain',
      'find',
      'help',
    ]);
    for (const group of toolbarGroups)
      for (const entry of toolbarCommands(group))
        expect(entry.labelKey !== undefined || entry.toolbar?.icon?.(state) !== undefined, entry.id).toBe(
          true,
        );
    expect(tooltipKeys('play-pause')).toBe('Ctrl+Space');
    expect(tooltipKeys('help')).toBe('F1');
    expect(
      isEnabled(
        editorCommandEntries.find((entry) => entry.id === 'undo')!,
        state,
      ),
    ).toBe(true);
    expect(
      isEnabled(
        editorCommandEntries.find((entry) => entry.id === 'redo')!,
        state,
      ),
    ).toBe(false);
  });

  it('runs every handler: each reaches the editor capability it names and says whether it did something', () => {
    const expectedCalls: Readonly<Record<EditorCommand, { calls: string[]; did: boolean }>> = {
      'play-pause': { calls: ['togglePlay'], did: true },
      'replay-cue': { calls: [], did: false },
      slower: { calls: ['stepRate(-1)'], did: true },
      faster: { calls: ['stepRate(1)'], did: true },
      split: { calls: [], did: false },
      merge: { calls: [], did: false },
      'insert-after': { calls: [], did: false },
      'delete-cue': { calls: [], did: false },
      undo: { calls: ['undo'], did: true },
      redo: { calls: ['redo'], did: true },
      'nudge-in-earlier': { calls: [], did: false },
      'nudge-in-later': { calls: [], did: false },
      'nudge-out-earlier': { calls: [], did: false },
      'nudge-out-later': { calls: [], did: false },
      'next-problem': { calls: ['nextProblem'], did: true },
      'next-uncertain': { calls: ['nextUncertain'], did: true },
      find: { calls: ['toggleFind'], did: true },
      'find-next': { calls: ['findStep(1)'], did: true },
      'find-previous': { calls: ['findStep(-1)'], did: true },
      help: { calls: ['toggleHelp'], did: true },
      close: { calls: ['closePanels'], did: false },
      retime: { calls: ['openRetime'], did: true },
      'speaker-1': { calls: ['assignSpeaker(0)'], did: true },
      'speaker-2': { calls: ['assignSpeaker(1)'], did: true },
      'speaker-3': { calls: ['assignSpeaker(2)'], did: true },
      'speaker-4': { calls: ['assignSpeaker(3)'], did: true },
      'speaker-none': { calls: ['assignSpeaker(-1)'], did: true },
    };
    for (const entry of editorCommandEntries) {
      const calls: string[] = [];
      const did = entry.perform(recordingContext(calls));
      expect({ calls, did }, entry.id).toEqual(expectedCalls[entry.id]);
    }
  });

  it('maps every editor item of the desktop menu to a command of the registry', () => {
    const editorItems = commandIds.filter((id) => id.startsWith('editor.'));
    expect(editorItems.length).toBeGreaterThan(0);
    for (const id of editorItems) expect(commandOfMenuItem(id), id).toBe(id.slice('editor.'.length));
    expect(commandOfMenuItem('session.new')).toBeUndefined();
    expect(commandOfMenuItem('media.import')).toBeUndefined();
  });
});
