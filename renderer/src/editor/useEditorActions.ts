import { useCallback, useState } from 'react';
import {
  deleteCues,
  editText,
  insertCueAfter,
  mergeWithNext,
  nudgeCue,
  splitCue,
} from '../../../shared/editor/cueOps';
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
import type { EditorCommand } from './keymap';
import type { EditorDocument } from './useEditorDocument';
import type { Playback } from './usePlayback';

/** A message for the toolbar, translated when shown (so it follows a language switch). */
export interface Notice {
  key: EditorMessageKey;
  params?: Params;
}

/** How far Alt+[ / Alt+] move a cue's in or out. */
export const NUDGE_STEP_MS = 100;

interface Deps {
  doc: EditorDocument;
  rulesFor(trackId: string): SegmentationRules;
  playback: Playback;
  focused: CuePlace | undefined;
  problems: readonly Problem[];
  requestFocus(place: CuePlace, start: number, end?: number): void;
  toggleFind(): void;
  toggleHelp(): void;
  closePanels(): boolean;
  /** Commands handled elsewhere (subtitle files, retiming, speakers): false when one does nothing now. */
  other(command: EditorCommand): boolean;
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

  const onText = useCallback(
    (trackId: string, cueId: string, text: string) =>
      updateTrack(trackId, (track) => editText(track, cueId, text), `text:${trackId}:${cueId}`),
    [updateTrack],
  );

  const trackOf = (trackId: string | undefined): Track | undefined =>
    transcript?.tracks.find((track) => track.id === trackId);
  const target = (): (CuePlace & { start: number; end: number }) | undefined => {
    const caret = caretPlace();
    if (caret) return caret;
    return focused ? { ...focused, start: 0, end: 0 } : undefined;
  };

  const split = (): boolean => {
    const place = target();
    const track = trackOf(place?.trackId);
    if (!place || !track) return false;
    const next = splitCue(track, place.cueId, place.start, rulesFor(track.id).minGapMs);
    if (next === track) return true;
    const index = next.cues.findIndex((cue) => cue.id === place.cueId);
    updateTrack(track.id, () => next);
    const second = next.cues[index + 1];
    if (second) requestFocus({ trackId: track.id, cueId: second.id }, 0);
    return true;
  };

  const merge = (): boolean => {
    const place = target();
    const track = trackOf(place?.trackId);
    if (!place || !track) return false;
    const cue = track.cues.find((candidate) => candidate.id === place.cueId);
    updateTrack(track.id, (current) => mergeWithNext(current, place.cueId, rulesFor(track.id)));
    requestFocus(place, cue?.text.length ?? 0);
    return true;
  };

  const insert = (): boolean => {
    const track = trackOf(target()?.trackId) ?? transcript?.tracks[0];
    if (!track) return false;
    const { track: next, cueId } = insertCueAfter(track, target()?.cueId, rulesFor(track.id));
    updateTrack(track.id, () => next);
    requestFocus({ trackId: track.id, cueId }, 0);
    return true;
  };

  const remove = (): boolean => {
    const place = target();
    const track = trackOf(place?.trackId);
    if (!place || !track) return false;
    const index = track.cues.findIndex((cue) => cue.id === place.cueId);
    updateTrack(track.id, (current) => deleteCues(current, [place.cueId]));
    const neighbour = track.cues[index + 1] ?? track.cues[index - 1];
    if (neighbour) requestFocus({ trackId: track.id, cueId: neighbour.id }, 0);
    return true;
  };

  const nudge = (edge: 'start' | 'end', deltaMs: number): boolean => {
    const place = target();
    if (!place) return false;
    updateTrack(place.trackId, (track) =>
      nudgeCue(track, place.cueId, edge, deltaMs, rulesFor(track.id).minGapMs),
    );
    return true;
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

  const replay = (): boolean => {
    const place = target();
    const cue = trackOf(place?.trackId)?.cues.find((candidate) => candidate.id === place?.cueId);
    if (cue) playback.playRange(cue.startMs, cue.endMs);
    return cue !== undefined;
  };

  const run = (command: EditorCommand): boolean => {
    switch (command) {
      case 'play-pause':
        playback.togglePlay();
        return true;
      case 'replay-cue':
        return replay();
      case 'slower':
        playback.stepRate(-1);
        return true;
      case 'faster':
        playback.stepRate(1);
        return true;
      case 'split':
        return split();
      case 'merge':
        return merge();
      case 'insert-after':
        return insert();
      case 'delete-cue':
        return remove();
      case 'undo':
        doc.undo();
        return true;
      case 'redo':
        doc.redo();
        return true;
      case 'nudge-in-earlier':
        return nudge('start', -NUDGE_STEP_MS);
      case 'nudge-in-later':
        return nudge('start', NUDGE_STEP_MS);
      case 'nudge-out-earlier':
        return nudge('end', -NUDGE_STEP_MS);
      case 'nudge-out-later':
        return nudge('end', NUDGE_STEP_MS);
      case 'next-problem':
        return nextProblem();
      case 'next-uncertain':
        return nextUncertain();
      case 'find':
        deps.toggleFind();
        return true;
      case 'help':
        deps.toggleHelp();
        return true;
      case 'close':
        return deps.closePanels();
      default:
        return deps.other(command);
    }
  };

  return { run, onText, updateTrack, fix, fixAll, goToProblem, currentProblem, notice };
}
