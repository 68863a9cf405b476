import { useCallback, useState } from 'react';
import { editText } from '../../../shared/editor/cueOps';
import { applyAllFixes, applyFix } from '../../../shared/editor/fixes';
import { nextProblem as findNextProblem, nextUncertainInTracks } from '../../../shared/editor/navigate';
import type { Problem } from '../../../shared/editor/qc';
import { withTrack } from '../../../shared/editor/transcriptOps';
import type { Track } from '../../../shared/transcript/model';
import type { SegmentationRules } from '../../../shared/transcript/rules';
import type { CuePlace } from './CueGrid';
import { isolate, percentOf } from './cueMarks';
import type { Params } from '../i18n/translate';
import type { EditorMessageKey } from './i18n/en';
import type { EditorCommandContext } from './commands/context';
import { commandEntry, isEnabled, type EditorCommand } from './commands/registry';
import type { EditorDocument } from './useEditorDocument';
import type { Playback } from './usePlayback';

/** A message for the toolbar, translated when shown (so it follows a language switch). */
export interface Notice {
  key: EditorMessageKey;
  params?: Params;
}

interface Deps {
  doc: EditorDocument;
  rulesFor(trackId: string): SegmentationRules;
  playback: Playback;
  focused: CuePlace | undefined;
  problems: readonly Problem[];
  requestFocus(place: CuePlace, start: number, end?: number): void;
  toggleFind(): void;
  findStep(step: 1 | -1): boolean;
  toggleHelp(): void;
  closePanels(): boolean;
  /** Opens shift/stretch; false when there is no transcript. */
  openRetime(): boolean;
  /** Sets the focused cue's speaker (index -1: none); false with no cue focused. */
  assignSpeaker(index: number): boolean;
}

/** Where the caret is, when it is in a cue's text box. */
function caretPlace(): (CuePlace & { start: number; end: number }) | undefined {
  const element = document.activeElement;
  if (!(element instanceof HTMLTextAreaElement)) return undefined;
  const { cueId, trackId } = element.dataset;
  if (cueId === undefined || trackId === undefined) return undefined;
  return { trackId, cueId, start: element.selectionStart, end: element.selectionEnd };
}

/** Everything the toolbar, the keyboard and the panels do to the transcript and the playback. */
export function useEditorActions(deps: Deps) {
  const { doc, rulesFor, playback, focused, problems, requestFocus } = deps;
  const [currentProblem, setCurrentProblem] = useState<Problem | undefined>(undefined);
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const transcript = doc.transcript ?? undefined;

  const { apply } = doc;
  const updateTrack = useCallback(
    (trackId: string, update: (track: Track) => Track, coalesceKey?: string) =>
      apply((current) => withTrack(current, trackId, update), coalesceKey),
    [apply],
  );

  const { applyTyping } = doc;
  const onText = useCallback(
    (trackId: string, cueId: string, text: string) =>
      applyTyping(
        (current) => withTrack(current, trackId, (track) => editText(track, cueId, text)),
        `text:${trackId}:${cueId}`,
      ),
    [applyTyping],
  );

  const trackOf = (trackId: string | undefined): Track | undefined =>
    transcript?.tracks.find((track) => track.id === trackId);
  const target = (): (CuePlace & { start: number; end: number }) | undefined => {
    const caret = caretPlace();
    if (caret) return caret;
    return focused ? { ...focused, start: 0, end: 0 } : undefined;
  };

  const goToProblem = (problem: Problem | undefined) => {
    setCurrentProblem(problem);
    if (problem) requestFocus(problem, 0);
  };

  const nextProblem = (): boolean => {
    if (problems.length === 0) return true;
    if (currentProblem) {
      const at = problems.findIndex(
        (p) =>
          p.cueId === currentProblem.cueId &&
          p.kind === currentProblem.kind &&
          p.trackId === currentProblem.trackId,
      );
      if (at >= 0) {
        goToProblem(problems[(at + 1) % problems.length]);
        return true;
      }
    }
    const track = trackOf(focused?.trackId) ?? transcript?.tracks[0];
    const from = track && focused ? track.cues.findIndex((cue) => cue.id === focused.cueId) : -1;
    goToProblem((track && findNextProblem(track, problems, from)) ?? problems[0]);
    return true;
  };

  const nextUncertain = (): boolean => {
    const caret = target();
    const tracks = transcript?.tracks ?? [];
    const word = nextUncertainInTracks(tracks, caret && { ...caret, offset: caret.start });
    if (!word) {
      setNotice({ key: 'noUncertain' });
      return true;
    }
    requestFocus({ trackId: word.trackId, cueId: word.cueId }, word.start, word.end);
    const text = tracks.find((track) => track.id === word.trackId)?.cues[word.cueIndex]?.text ?? '';
    setNotice({
      key: 'uncertainHere',
      params: { word: isolate(text.slice(word.start, word.end)), percent: percentOf(word.probability) },
    });
    return true;
  };

  const fix = (problem: Problem) => {
    if (problem.fix)
      updateTrack(problem.trackId, (track) =>
        applyFix(track, problem.cueId, problem.fix!, rulesFor(track.id)),
      );
  };
  const fixAll = () =>
    doc.apply((current) =>
      current.tracks.reduce(
        (acc, track) => withTrack(acc, track.id, (tr) => applyAllFixes(tr, rulesFor(tr.id))),
        current,
      ),
    );

  const context: EditorCommandContext = {
    doc,
    playback,
    transcript,
    rulesFor,
    target,
    trackOf,
    updateTrack,
    requestFocus,
    nextProblem,
    nextUncertain,
    toggleFind: deps.toggleFind,
    findStep: deps.findStep,
    toggleHelp: deps.toggleHelp,
    closePanels: deps.closePanels,
    openRetime: deps.openRetime,
    assignSpeaker: deps.assignSpeaker,
  };

  /** Runs a command from the registry; false when it does nothing now (its key then keeps its usual meaning). */
  const run = (command: EditorCommand): boolean => {
    const entry = commandEntry(command);
    if (!isEnabled(entry, { canUndo: doc.canUndo, canRedo: doc.canRedo, playing: playback.playing }))
      return true;
    return entry.perform(context);
  };

  return { run, onText, updateTrack, fix, fixAll, goToProblem, currentProblem, notice };
}
