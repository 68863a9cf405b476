import type { Transcript, Track } from '../../../../shared/transcript/model';
import type { SegmentationRules } from '../../../../shared/transcript/rules';
import type { CuePlace } from '../CueGrid';
import type { EditorMessageKey } from '../i18n/en';
import type { EditorDocument } from '../useEditorDocument';
import type { Playback } from '../usePlayback';
import type { KeyChord } from './keyChord';

/** What a command may read to decide whether it is available (toolbar buttons, menus, keys). */
export interface EditorCommandState {
  canUndo: boolean;
  canRedo: boolean;
  playing: boolean;
}

/** A cue and the caret (or selection) in its text box. */
export type CueTarget = CuePlace & { start: number; end: number };

/** Everything a command's handler may use: the document, the playback, the focus and the editor's panels. */
export interface EditorCommandContext {
  doc: EditorDocument;
  playback: Playback;
  transcript: Transcript | undefined;
  rulesFor(trackId: string): SegmentationRules;
  /** The cue the caret is in, else the focused cue (caret at 0). */
  target(): CueTarget | undefined;
  trackOf(trackId: string | undefined): Track | undefined;
  updateTrack(trackId: string, update: (track: Track) => Track): void;
  requestFocus(place: CuePlace, start: number, end?: number): void;
  nextProblem(): boolean;
  nextUncertain(): boolean;
  toggleFind(): void;
  /** Find's next (1) or previous (-1) match; opens Find when it is closed. */
  findStep(step: 1 | -1): boolean;
  toggleHelp(): void;
  /** Closes find and help; false when none was open. */
  closePanels(): boolean;
  /** Opens shift/stretch; false when there is no transcript. */
  openRetime(): boolean;
  /** Sets the focused cue's speaker to the index-th participant (-1: none); false with no cue focused. */
  assignSpeaker(index: number): boolean;
}

/** Where a command sits in the editor's toolbar (groups in this order, commands in table order). */
export type ToolbarGroup = 'history' | 'cues' | 'playback' | 'view';

/**
 * One editor command, declared once in the registry (the idea of Excalidraw's actions): the keyboard, the
 * toolbar and the shortcuts help are all built from these entries.
 */
export interface EditorCommandSpec {
  /** Every key combination, in the order the help lists them. */
  keys: readonly KeyChord[];
  /** The help table's line. */
  helpKey: EditorMessageKey;
  /** The short label of a button. */
  labelKey?: EditorMessageKey;
  toolbar?: {
    group: ToolbarGroup;
    /** A symbol instead of the label (play ▶ / pause ❚❚, help ?). */
    icon?(state: EditorCommandState): string;
  };
  /**
   * False: the button is disabled and the command does nothing; its key is still the editor's (so a text
   * box's own undo never runs behind the editor's back). Absent: always available.
   */
  enabled?(state: EditorCommandState): boolean;
  /** Does the command; false when it does nothing now (then its key keeps its usual meaning). */
  perform(context: EditorCommandContext): boolean;
}
