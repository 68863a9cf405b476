import { useMemo } from 'react';
import { removeHallucination, removeHallucinations } from '../../../shared/editor/hallucinationQc';
import type { Problem } from '../../../shared/editor/qc';
import { withTrack } from '../../../shared/editor/transcriptOps';
import type { EditorDocument } from './useEditorDocument';
import { useStableCallback } from './useStableCallback';

/**
 * The possible hallucinations' Remove (one problem) and Remove all (every one shown), each one undo step
 * through the document's history. Nothing is removed except by these, that is by the person's click.
 */
export function useHallucinationRemoval(doc: EditorDocument, problems: readonly Problem[]) {
  const removable = useMemo(() => problems.filter((problem) => problem.remove !== undefined), [problems]);
  const remove = useStableCallback((problem: Problem) =>
    doc.apply((current) =>
      withTrack(current, problem.trackId, (track) => removeHallucination(track, problem)),
    ),
  );
  const removeAll = useStableCallback(() => doc.apply((current) => removeHallucinations(current, removable)));
  return { count: removable.length, remove, removeAll };
}
