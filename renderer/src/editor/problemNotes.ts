import type { Problem } from '../../../shared/editor/qc';
import { isolate } from './cueMarks';
import { cueKey } from './findMarks';
import type { EditorTranslate } from './i18n/useEditorT';

/** How one problem reads (the problems panel and the marker beside a cue say it the same way). */
export const problemText = (problem: Problem, t: EditorTranslate): string =>
  t(`problem_${problem.kind}`, {
    actual: problem.actual,
    limit: problem.limit,
    phrase: isolate(problem.phrase ?? ''),
  });

/** The marker's visible words beside a cue: "⚠ 1 problem" / "⚠ 3 problems". */
export const problemCountText = (count: number, t: EditorTranslate): string =>
  t(count === 1 ? 'cueProblems_one' : 'cueProblems_other', { count });

/** The problem notes of the cues, worded only when a cue asks (the list shows a handful of its thousands). */
export interface ProblemNotes {
  get(key: string): string | undefined;
}

/**
 * Every cue's problems in words, keyed by cueKey: "Problem 1: Line of 52 characters (limit 42); Problem 2:
 * …". The marker beside the cue shows it as its tooltip, and the cue's text box names it as its description,
 * so a screen reader says it when the cue is focused. Built from the settled problems, off the keystroke:
 * the problems are grouped by cue at once (cheap), and a cue's words are made the first time it is shown.
 */
export function problemNotesByCue(problems: readonly Problem[], t: EditorTranslate): ProblemNotes {
  const byCue = new Map<string, Problem[]>();
  for (const problem of problems) {
    const key = cueKey(problem.trackId, problem.cueId);
    const list = byCue.get(key);
    if (list) list.push(problem);
    else byCue.set(key, [problem]);
  }
  const worded = new Map<string, string>();
  return {
    get(key) {
      const known = worded.get(key);
      if (known !== undefined) return known;
      const list = byCue.get(key);
      if (!list) return undefined;
      const words = list
        .map((problem, index) => t('cueProblemItem', { number: index + 1, problem: problemText(problem, t) }))
        .join(t('cueProblemSeparator'));
      worded.set(key, words);
      return words;
    },
  };
}
