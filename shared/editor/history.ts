/**
 * Undo/redo by immutable snapshots: every state is a value that is never changed, so a snapshot costs only
 * the parts an edit replaced (cue arrays share untouched cues). Every change is one step, except that
 * changes with the same `coalesceKey` in a row (typing in one cue) make one step.
 */
export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  /** The key of the step on top of `past`; undefined after undo/redo, so the next edit starts a new step. */
  readonly lastKey: string | undefined;
}

export const HISTORY_LIMIT = 200;

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], lastKey: undefined };
}

/** Records a new present. The same value is no change; the oldest steps beyond `limit` are dropped. */
export function record<T>(
  history: History<T>,
  next: T,
  coalesceKey?: string,
  limit = HISTORY_LIMIT,
): History<T> {
  if (Object.is(next, history.present)) return history;
  if (coalesceKey !== undefined && coalesceKey === history.lastKey && history.future.length === 0) {
    return { ...history, present: next };
  }
  const past = [...history.past, history.present];
  return {
    past: past.length > limit ? past.slice(past.length - limit) : past,
    present: next,
    future: [],
    lastKey: coalesceKey,
  };
}

export const canUndo = <T>(history: History<T>): boolean => history.past.length > 0;
export const canRedo = <T>(history: History<T>): boolean => history.future.length > 0;

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past[history.past.length - 1];
  if (previous === undefined) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
    lastKey: undefined,
  };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...future] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future, lastKey: undefined };
}

/** Ends the current coalescing step (the caret left the cue), so the next edit is a new undo step. */
export const seal = <T>(history: History<T>): History<T> =>
  history.lastKey === undefined ? history : { ...history, lastKey: undefined };
