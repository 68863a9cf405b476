import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { GuftaguError } from '../../../shared/errors';
import {
  canRedo,
  canUndo,
  createHistory,
  record,
  redo,
  seal,
  undo,
  type History,
} from '../../../shared/editor/history';
import type { Transcript } from '../../../shared/transcript/model';
import { useClient } from '../api/ClientContext';
import { useReport } from '../hooks/ErrorsContext';
import { registerFlusher } from '../hooks/pendingSaves';
import {
  clearJournal,
  journalKey,
  journalWorthOffering,
  readJournal,
  writeJournal,
  type Journal,
} from './journal';

export const AUTOSAVE_DELAY_MS = 1000;
/** The crash journal is written at most this often while typing (and at once when the page is left). */
export const JOURNAL_DELAY_MS = 500;
const RETRY_DELAY_MS = 5000;
/** Typed text reaches the rest of the editor this long after the last key (the cell shows it at once)… */
export const TYPING_SETTLE_MS = 150;
/** …and at least this often while typing goes on. */
export const TYPING_MAX_LAG_MS = 1000;

export type EditorSaveStatus =
  { state: 'saved' } | { state: 'pending' } | { state: 'saving' } | { state: 'failed'; message: string };

export interface EditorDocument {
  /** Undefined while loading, null when the media has no transcript. */
  transcript: Transcript | null | undefined;
  /**
   * The transcript with every edit applied so far, ahead of `transcript` while a typed edit's render (a
   * transition) is still to come.
   */
  latest(): Transcript | null | undefined;
  apply(update: (transcript: Transcript) => Transcript, coalesceKey?: string): void;
  /**
   * apply for a typed key: the edit is in the document (undo, saving, latest()) at once, and `transcript`
   * follows once typing pauses (TYPING_SETTLE_MS), so a burst of keys re-renders the editor once.
   */
  applyTyping(update: (transcript: Transcript) => Transcript, coalesceKey: string): void;
  undo(): void;
  redo(): void;
  /** Ends the current typing step, so the next edit is a separate undo step. */
  seal(): void;
  /** Saves pending edits now and resolves when saved (or refused). */
  flush(): Promise<void>;
  canUndo: boolean;
  canRedo: boolean;
  status: EditorSaveStatus;
  /** Another window saved since this editor's base revision: saving stopped until resolved. */
  locked: boolean;
  resolveLocked(choice: 'reload' | 'keep-mine'): void;
  /**
   * Takes the transcript as the workspace has it now (after a change made there: an import), with a fresh
   * undo history and no journal; flush() first, or pending edits are lost.
   */
  reload(): Promise<void>;
  /** Unsaved edits found from an earlier run, offered for restoring. */
  journal: Journal | undefined;
  resolveJournal(choice: 'restore' | 'discard'): void;
  /** The browser refused the crash journal (storage full or disabled). */
  journalFailed: boolean;
}

/**
 * Runs `work` when the page is idle (between keystrokes), or after `timeoutMs` at the latest: writing the
 * journal or sending a save serialises the whole transcript, which must not land inside a typed key's frame.
 */
function whenIdle(work: () => void, timeoutMs: number): void {
  if (typeof window !== 'undefined' && typeof window.requestIdleCallback === 'function')
    window.requestIdleCallback(work, { timeout: timeoutMs });
  else setTimeout(work, 0);
}

const storage = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

/**
 * One media's transcript in the editor: undo/redo history, autosave 1 s after the last change with the base
 * revision (a 'locked' refusal stops saving and asks), and a crash journal in localStorage written within
 * JOURNAL_DELAY_MS of a change (at once when the page is hidden, left or loses focus) and cleared after a
 * successful save. Writing it on every keystroke would serialise the whole transcript each time; the journal
 * and the autosave wait for an idle moment (at most their delay again), so they never share a typed key's
 * frame.
 */
export function useEditorDocument(sessionId: string, mediaId: string): EditorDocument {
  const { api } = useClient();
  const report = useReport();
  const key = journalKey(sessionId, mediaId);
  const [history, setHistory] = useState<History<Transcript> | null | undefined>(undefined);
  const [status, setStatus] = useState<EditorSaveStatus>({ state: 'saved' });
  const [locked, setLocked] = useState(false);
  const [journal, setJournal] = useState<Journal | undefined>(undefined);
  const [journalFailed, setJournalFailed] = useState(false);
  const historyRef = useRef<History<Transcript> | null | undefined>(undefined);
  const baseRevision = useRef(0);
  const lastSaved = useRef<Transcript | undefined>(undefined);
  const saving = useRef<Promise<void> | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lockedRef = useRef(false);
  const journalTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const publishTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const typingSince = useRef<number | undefined>(undefined);

  const replaceHistory = useCallback((next: History<Transcript> | null) => {
    clearTimeout(publishTimer.current);
    publishTimer.current = undefined;
    typingSince.current = undefined;
    historyRef.current = next;
    setHistory(next);
  }, []);

  /** The latest history reaches React once typing pauses (or has gone on for TYPING_MAX_LAG_MS). */
  const publishSoon = useCallback(() => {
    const now = performance.now();
    typingSince.current ??= now;
    clearTimeout(publishTimer.current);
    const waitMs = Math.max(0, Math.min(TYPING_SETTLE_MS, typingSince.current + TYPING_MAX_LAG_MS - now));
    publishTimer.current = setTimeout(() => {
      publishTimer.current = undefined;
      typingSince.current = undefined;
      const latest = historyRef.current;
      startTransition(() => setHistory(latest));
    }, waitMs);
  }, []);
  useEffect(() => () => clearTimeout(publishTimer.current), []);

  const load = useCallback(async () => {
    const { transcript } = await api['transcripts.get']({ sessionId, mediaId });
    baseRevision.current = transcript?.revision ?? 0;
    lastSaved.current = transcript ?? undefined;
    return transcript;
  }, [api, mediaId, sessionId]);

  useEffect(() => {
    let current = true;
    load().then((transcript) => {
      if (!current) return;
      replaceHistory(transcript ? createHistory(transcript) : null);
      const stored = storage();
      const found = stored && transcript ? readJournal(stored, key, transcript) : undefined;
      if (transcript && journalWorthOffering(found, transcript)) setJournal(found);
      else if (stored && found) clearJournal(stored, key);
    }, report);
    return () => {
      current = false;
    };
  }, [key, load, replaceHistory, report]);

  const saveNow = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const snapshot = historyRef.current?.present;
    if (!snapshot || lockedRef.current || saving.current) return saving.current;
    if (snapshot === lastSaved.current) return setStatus({ state: 'saved' });
    let done = (): void => undefined;
    saving.current = new Promise<void>((resolve) => (done = resolve));
    setStatus({ state: 'saving' });
    try {
      const base = baseRevision.current;
      const { transcript } = await api['transcripts.save']({
        sessionId,
        transcript: { ...snapshot, revision: base },
        baseRevision: base,
      });
      baseRevision.current = transcript.revision;
      lastSaved.current = snapshot;
      const stored = storage();
      if (stored && historyRef.current?.present === snapshot) clearJournal(stored, key);
      setStatus({ state: 'saved' });
    } catch (error) {
      if (error instanceof GuftaguError && error.code === 'locked') {
        lockedRef.current = true;
        setLocked(true);
      } else {
        // A lost connection or a full disk: try again later (the journal keeps the edits meanwhile).
        timer.current = setTimeout(() => void saveNow(), RETRY_DELAY_MS);
      }
      setStatus({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      saving.current = undefined;
      done();
    }
    // Edits made while saving are saved next (their timer may have fired during the save).
    if (
      !lockedRef.current &&
      historyRef.current?.present !== lastSaved.current &&
      timer.current === undefined
    ) {
      void saveNow();
    }
  }, [api, key, sessionId]);

  /** Writes the pending journal now (the latest present), or removes it when the present is saved. */
  const writePendingJournal = useCallback(() => {
    if (journalTimer.current === undefined) return;
    clearTimeout(journalTimer.current);
    journalTimer.current = undefined;
    const stored = storage();
    const present = historyRef.current?.present;
    if (!stored || !present) return;
    if (present === lastSaved.current) clearJournal(stored, key);
    else setJournalFailed(!writeJournal(stored, key, present, baseRevision.current, lastSaved.current));
  }, [key]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') writePendingJournal();
    };
    window.addEventListener('pagehide', writePendingJournal);
    window.addEventListener('blur', writePendingJournal);
    window.addEventListener('beforeunload', writePendingJournal);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', writePendingJournal);
      window.removeEventListener('blur', writePendingJournal);
      window.removeEventListener('beforeunload', writePendingJournal);
      document.removeEventListener('visibilitychange', onHide);
      writePendingJournal();
    };
  }, [writePendingJournal]);

  const changed = useCallback(
    (next: History<Transcript>, typing = false) => {
      if (typing) {
        historyRef.current = next;
        publishSoon();
      } else replaceHistory(next);
      journalTimer.current ??= setTimeout(
        () => whenIdle(writePendingJournal, JOURNAL_DELAY_MS),
        JOURNAL_DELAY_MS,
      );
      if (lockedRef.current) return;
      setStatus((status) => (status.state === 'pending' ? status : { state: 'pending' }));
      clearTimeout(timer.current);
      const due = setTimeout(
        () =>
          whenIdle(() => {
            // Only when no later edit set a new timer meanwhile (and nothing saved it already).
            if (timer.current === due) void saveNow();
          }, AUTOSAVE_DELAY_MS),
        AUTOSAVE_DELAY_MS,
      );
      timer.current = due;
    },
    [publishSoon, replaceHistory, saveNow, writePendingJournal],
  );

  const apply = useCallback(
    (update: (transcript: Transcript) => Transcript, coalesceKey?: string) => {
      const current = historyRef.current;
      if (!current) return;
      const next = record(current, update(current.present), coalesceKey);
      if (next !== current) changed(next);
    },
    [changed],
  );
  const applyTyping = useCallback(
    (update: (transcript: Transcript) => Transcript, coalesceKey: string) => {
      const current = historyRef.current;
      if (!current) return;
      const next = record(current, update(current.present), coalesceKey);
      if (next !== current) changed(next, true);
    },
    [changed],
  );

  const step = useCallback(
    (move: (history: History<Transcript>) => History<Transcript>) => {
      const current = historyRef.current;
      const next = current ? move(current) : current;
      if (next && next !== current) changed(next);
    },
    [changed],
  );

  // Closing the editor saves what is pending at once.
  useEffect(
    () => () => {
      if (timer.current !== undefined) void saveNow();
    },
    [saveNow],
  );

  const takeTheirs = useCallback(
    (theirs: Transcript | null) => {
      clearTimeout(timer.current);
      timer.current = undefined;
      lockedRef.current = false;
      setLocked(false);
      clearTimeout(journalTimer.current);
      journalTimer.current = undefined;
      const stored = storage();
      if (stored) clearJournal(stored, key);
      replaceHistory(theirs ? createHistory(theirs) : null);
      setStatus({ state: 'saved' });
    },
    [key, replaceHistory],
  );
  const reload = useCallback(async () => takeTheirs(await load()), [load, takeTheirs]);

  const resolveLocked = useCallback(
    (choice: 'reload' | 'keep-mine') => {
      const mine = historyRef.current?.present;
      void load().then((theirs) => {
        if (choice === 'reload' || !theirs || !mine) takeTheirs(theirs);
        else {
          lockedRef.current = false;
          setLocked(false);
          lastSaved.current = undefined; // keep mine: save it over theirs, on their revision
          void saveNow();
        }
      }, report);
    },
    [load, report, saveNow, takeTheirs],
  );

  const resolveJournal = useCallback(
    (choice: 'restore' | 'discard') => {
      const found = journal;
      setJournal(undefined);
      if (choice === 'restore' && found) apply(() => found.transcript);
      else {
        const stored = storage();
        if (stored) clearJournal(stored, key);
      }
    },
    [apply, journal, key],
  );

  /** Saves what is pending now and waits for it (closing the window: the desktop's flush request). */
  const flush = useCallback(async () => {
    await saveNow();
    if (historyRef.current?.present !== lastSaved.current) await saveNow();
  }, [saveNow]);
  useEffect(() => registerFlusher(flush), [flush]);

  const undoStep = useCallback(() => step(undo), [step]);
  const redoStep = useCallback(() => step(redo), [step]);
  const sealStep = useCallback(() => {
    const current = historyRef.current;
    if (current) replaceHistory(seal(current));
  }, [replaceHistory]);

  const latest = useCallback(() => {
    const current = historyRef.current;
    return current === undefined ? undefined : (current?.present ?? null);
  }, []);

  return {
    transcript: history === undefined ? undefined : (history?.present ?? null),
    latest,
    apply,
    applyTyping,
    undo: undoStep,
    redo: redoStep,
    seal: sealStep,
    flush,
    canUndo: history ? canUndo(history) : false,
    canRedo: history ? canRedo(history) : false,
    status,
    locked,
    resolveLocked,
    reload,
    journal,
    resolveJournal,
    journalFailed,
  };
}
