import { memo, useMemo } from 'react';
import type { Problem } from '../../../shared/editor/qc';
import type { Track } from '../../../shared/transcript/model';
import { useEditorT } from './i18n/useEditorT';
import { problemText } from './problemNotes';
import { RemoveAllHallucinations } from './RemoveAllHallucinations';

interface Props {
  problems: readonly Problem[];
  tracks: readonly Track[];
  current: Problem | undefined;
  onGo(problem: Problem): void;
  onFix(problem: Problem): void;
  onFixAll(): void;
  onNext(): void;
  /** Removes one possible hallucination (problems with `remove`), one undo step. */
  onRemove?(problem: Problem): void;
  /** How many possible hallucinations there are, and their removal after a confirmation, one undo step. */
  removableCount?: number;
  onRemoveAll?(): void;
}

/** Shown at most; the rest are reached with F8. */
const LIMIT = 150;

const same = (a: Problem | undefined, b: Problem): boolean =>
  a !== undefined && a.trackId === b.trackId && a.cueId === b.cueId && a.kind === b.kind;

/** QC problems of every track: go to one, fix one, or fix all the safe ones. */
/** Memoised: while typing it re-renders only when the (deferred) problems change. */
export const ProblemsPanel = memo(function ProblemsPanel({
  problems,
  tracks,
  current,
  onGo,
  onFix,
  onFixAll,
  onNext,
  onRemove,
  removableCount = 0,
  onRemoveAll,
}: Props) {
  const t = useEditorT();
  // Cue numbers by track and cue id (the first cue with an id, as a search would find it).
  const numbers = useMemo(() => {
    const byTrack = new Map<string, Map<string, number>>();
    for (const track of tracks) {
      if (byTrack.has(track.id)) continue;
      const byCue = new Map<string, number>();
      track.cues.forEach((cue, index) => {
        if (!byCue.has(cue.id)) byCue.set(cue.id, index + 1);
      });
      byTrack.set(track.id, byCue);
    }
    return byTrack;
  }, [tracks]);
  const numberOf = (problem: Problem): number => numbers.get(problem.trackId)?.get(problem.cueId) ?? 0;
  const languageOf = (problem: Problem): string =>
    tracks.find((track) => track.id === problem.trackId)?.language ?? '';
  const fixable = problems.some((problem) => problem.fix !== undefined);
  return (
    <section className="problems-panel" data-testid="problems-panel" aria-labelledby="problems-heading">
      <header className="problems-head">
        <h3 id="problems-heading">
          {t('problems')}{' '}
          <span className="badge" data-testid="problem-count">
            {problems.length}
          </span>
        </h3>
        <button
          type="button"
          data-testid="next-problem"
          title="F8"
          onClick={onNext}
          disabled={problems.length === 0}
        >
          {t('nextProblem')}
        </button>
        <button type="button" data-testid="fix-all" onClick={onFixAll} disabled={!fixable}>
          {t('fixAll')}
        </button>
      </header>
      {problems.length > 0 && (
        <p className="problems-legend" data-testid="problems-legend">
          {t('problemMarkerLegend')}
        </p>
      )}
      {onRemoveAll && removableCount > 0 && (
        <RemoveAllHallucinations count={removableCount} onConfirm={onRemoveAll} />
      )}
      {problems.length === 0 ? (
        <p className="empty">{t('noProblems')}</p>
      ) : (
        <ol className="problem-list">
          {problems.slice(0, LIMIT).map((problem) => (
            <li
              key={`${problem.trackId}/${problem.cueId}/${problem.kind}`}
              className={same(current, problem) ? 'problem current' : 'problem'}
              data-testid="problem"
              data-kind={problem.kind}
              data-severity={problem.severity}
            >
              <button type="button" className="quiet problem-go" onClick={() => onGo(problem)}>
                <span className="problem-cue" title={t('cueNumber', { number: numberOf(problem) })}>
                  #{numberOf(problem)}
                </span>
                {tracks.length > 1 && <bdi className="problem-track">{languageOf(problem)}</bdi>}{' '}
                <span>{problemText(problem, t)}</span>
              </button>
              {problem.fix && (
                <button
                  type="button"
                  className="small"
                  data-testid="problem-fix"
                  onClick={() => onFix(problem)}
                >
                  {t(`fix_${problem.fix}`)}
                </button>
              )}
              {problem.remove && onRemove && (
                <button
                  type="button"
                  className="small danger"
                  data-testid="problem-remove"
                  onClick={() => onRemove(problem)}
                >
                  {t('removeHallucination')}
                </button>
              )}
            </li>
          ))}
          {problems.length > LIMIT && (
            <li className="hint">{t('moreProblems', { count: problems.length - LIMIT })}</li>
          )}
        </ol>
      )}
    </section>
  );
});
