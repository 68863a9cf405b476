import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import type { SearchResult } from '../../../shared/programme/schemas';

/** Where a search result leads: its session, and the participant or transcript cue in it. */
export interface FocusTarget {
  sessionId: string;
  participantId?: string;
  mediaId?: string;
  trackId?: string;
  cueId?: string;
  /** A clip result's clip: its row in the session's clips is shown and marked. */
  clipId?: string;
  /** Changes on every request, so asking for the same place again scrolls again. */
  seq: number;
}

export interface ProgrammeNav {
  openReports(): void;
  openResult(result: SearchResult): void;
}

export const ProgrammeNavContext = createContext<ProgrammeNav>({
  openReports: () => undefined,
  openResult: () => undefined,
});
export const FocusContext = createContext<FocusTarget | undefined>(undefined);

export const useProgrammeNav = (): ProgrammeNav => useContext(ProgrammeNavContext);

export function useFocusTarget(sessionId: string): FocusTarget | undefined {
  const focus = useContext(FocusContext);
  return focus?.sessionId === sessionId ? focus : undefined;
}

/**
 * The target of a search result. A participant result goes to their row; a clip result to its row in the
 * session's clips; a cue result to the cue.
 */
export function focusOf(result: SearchResult, seq: number): FocusTarget {
  const cue =
    result.kind === 'cue' &&
    result.mediaId !== undefined &&
    result.trackId !== undefined &&
    result.cueId !== undefined
      ? { mediaId: result.mediaId, trackId: result.trackId, cueId: result.cueId }
      : {};
  return {
    sessionId: result.sessionId,
    ...(result.kind === 'participant' && result.participantId ? { participantId: result.participantId } : {}),
    ...(result.kind === 'clip' && result.clipId ? { clipId: result.clipId } : {}),
    ...cue,
    seq,
  };
}

export interface ProgrammeNavigation {
  nav: ProgrammeNav;
  reportsOpen: boolean;
  closeReports(): void;
  focus: FocusTarget | undefined;
}

/** The Shell's side: shows the reports page, or opens the session of a search result at its place. */
export function useProgrammeNavigation(
  select: (sessionId: string) => void,
  closeEditor: () => void,
  /** The reports page was the place in the address when the page opened. */
  initiallyOpen = false,
): ProgrammeNavigation {
  const [reportsOpen, setReportsOpen] = useState(initiallyOpen);
  const [focus, setFocus] = useState<FocusTarget | undefined>(undefined);
  const seq = useRef(0);
  const openReports = useCallback(() => {
    closeEditor();
    setReportsOpen(true);
  }, [closeEditor]);
  const openResult = useCallback(
    (result: SearchResult) => {
      closeEditor();
      setReportsOpen(false);
      select(result.sessionId);
      seq.current += 1;
      setFocus(focusOf(result, seq.current));
    },
    [closeEditor, select],
  );
  const nav = useMemo(() => ({ openReports, openResult }), [openReports, openResult]);
  return { nav, reportsOpen, closeReports: useCallback(() => setReportsOpen(false), []), focus };
}

/**
 * For a transcript's cue list: the cue a search result asked for (in this track), scrolled into view once
 * the list shows it. Give the returned ref to the list; cues carry data-cue-id.
 */
export function useFocusedCue(
  mediaId: string | undefined,
  trackId: string,
): {
  cueId: string | undefined;
  listRef: RefObject<HTMLOListElement | null>;
} {
  const focus = useContext(FocusContext);
  const listRef = useRef<HTMLOListElement | null>(null);
  const cueId = focus?.mediaId === mediaId && focus?.trackId === trackId ? focus?.cueId : undefined;
  const seq = focus?.seq;
  useEffect(() => {
    if (cueId === undefined) return;
    const element = listRef.current?.querySelector(`[data-cue-id="${CSS.escape(cueId)}"]`);
    element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [cueId, seq]);
  return { cueId, listRef };
}

/** The track a search result asked for in this media's transcript, if any. */
export function useFocusedTrack(mediaId: string): { trackId: string; seq: number } | undefined {
  const focus = useContext(FocusContext);
  return focus?.mediaId === mediaId && focus.trackId !== undefined
    ? { trackId: focus.trackId, seq: focus.seq }
    : undefined;
}
