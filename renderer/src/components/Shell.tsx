import { useCallback, useMemo, useRef, useState } from 'react';
import { EditorLauncherContext, type EditorTarget } from '../editor/EditorLauncher';
import { EditorScreen } from '../editor/EditorScreen';
import { useSessions } from '../hooks/useSessions';
import { useFlushOnRequest } from '../hooks/useFlushOnRequest';
import { useShortcuts } from '../hooks/useShortcuts';
import { useT } from '../i18n/I18nContext';
import { FocusContext, ProgrammeNavContext, useProgrammeNavigation } from '../programme/ProgrammeNav';
import { ReportsPage } from '../programme/ReportsPage';
import type { AppRoute } from '../routing/appRoute';
import { ClipRouteContext, initialRoute, useRouteSync, useScrollToRecording } from '../routing/RouteContext';
import { AppHeader } from './AppHeader';
import { ErrorBanner } from './ErrorBanner';
import { JobsPanel } from './JobsPanel';
import { ModelsDialog } from './ModelsDialog';
import { SessionList } from './SessionList';
import { SessionView } from './SessionView';

/** The app frame: header, problems, library, the open session, jobs. */
export function Shell() {
  const t = useT();
  const sessions = useSessions();
  // The place in the app lives in the address (#/session/…), so a reload or a shared link returns there.
  const [opened] = useState(initialRoute);
  const [selectedId, setSelectedId] = useState<string | undefined>(
    opened.view === 'session' || opened.view === 'editor' ? opened.sessionId : undefined,
  );
  const newSessionRef = useRef<HTMLInputElement>(null);
  const importInputRef = useRef<HTMLInputElement>(null);
  const [editing, setEditing] = useState<EditorTarget | undefined>(
    opened.view === 'editor' ? { sessionId: opened.sessionId, mediaId: opened.mediaId } : undefined,
  );
  const [clipId, setClipId] = useState(opened.view === 'session' ? opened.clipId : undefined);
  const [recordingId, setRecordingId] = useState(opened.view === 'session' ? opened.mediaId : undefined);
  const closeEditor = useCallback(() => setEditing(undefined), []);
  // The header's Reports button and search results: the reports page, or a session at a participant or cue.
  const programme = useProgrammeNavigation(setSelectedId, closeEditor, opened.view === 'reports');
  const { openReports } = programme.nav;
  const { closeReports } = programme;
  const route = useMemo<AppRoute>(() => {
    if (programme.reportsOpen) return { view: 'reports' };
    if (editing) return { view: 'editor', ...editing };
    if (selectedId === undefined) return { view: 'library' };
    const mediaId = programme.focus?.sessionId === selectedId ? programme.focus.mediaId : recordingId;
    return {
      view: 'session',
      sessionId: selectedId,
      ...(clipId !== undefined ? { clipId } : mediaId !== undefined ? { mediaId } : {}),
    };
  }, [programme.reportsOpen, programme.focus, editing, selectedId, clipId, recordingId]);
  const applyRoute = useCallback(
    (next: AppRoute) => {
      if (next.view === 'reports') return openReports();
      closeReports();
      setEditing(next.view === 'editor' ? { sessionId: next.sessionId, mediaId: next.mediaId } : undefined);
      setSelectedId(next.view === 'library' ? undefined : next.sessionId);
      setClipId(next.view === 'session' ? next.clipId : undefined);
      setRecordingId(next.view === 'session' ? next.mediaId : undefined);
    },
    [openReports, closeReports],
  );
  useRouteSync(route, applyRoute);
  useScrollToRecording(editing === undefined && !programme.reportsOpen ? recordingId : undefined);
  const clipRoute = useMemo(() => ({ clipId, setClipId }), [clipId]);
  const selectSession = useCallback((sessionId: string) => {
    setSelectedId(sessionId);
    setClipId(undefined);
    setRecordingId(undefined);
  }, []);
  const selected = sessions.sessions?.find((summary) => summary.id === selectedId && summary.state === 'ok');

  useFlushOnRequest();
  useShortcuts({
    newSession: () => newSessionRef.current?.focus(),
    importFootage: selected ? () => importInputRef.current?.click() : undefined,
  });

  if (programme.reportsOpen) {
    return (
      <ProgrammeNavContext.Provider value={programme.nav}>
        <div className="app">
          <AppHeader />
          <ErrorBanner />
          <ReportsPage onClose={programme.closeReports} />
          <ModelsDialog />
        </div>
      </ProgrammeNavContext.Provider>
    );
  }

  // After the desktop app switches workspace, the open session is no longer listed: back to the library.
  const editingListed =
    editing !== undefined &&
    (sessions.sessions === undefined ||
      sessions.sessions.some((summary) => summary.id === editing.sessionId));
  if (editing && editingListed) {
    // The subtitle editor takes the whole window below the header; Back returns to the session.
    return (
      <ProgrammeNavContext.Provider value={programme.nav}>
        <div className="app">
          <AppHeader />
          <ErrorBanner />
          <EditorScreen
            key={`${editing.sessionId}/${editing.mediaId}`}
            {...editing}
            onClose={() => setEditing(undefined)}
          />
          <ModelsDialog />
        </div>
      </ProgrammeNavContext.Provider>
    );
  }

  return (
    <ProgrammeNavContext.Provider value={programme.nav}>
      <div className="app">
        <AppHeader />
        <ErrorBanner />
        <div className="app-body">
          <SessionList
            sessions={sessions}
            selectedId={selectedId}
            onSelect={selectSession}
            newSessionRef={newSessionRef}
          />
          <main className="main">
            {selectedId !== undefined && (selected !== undefined || sessions.sessions === undefined) ? (
              <EditorLauncherContext.Provider value={setEditing}>
                <FocusContext.Provider value={programme.focus}>
                  <ClipRouteContext.Provider value={clipRoute}>
                    <SessionView key={selectedId} sessionId={selectedId} importInputRef={importInputRef} />
                  </ClipRouteContext.Provider>
                </FocusContext.Provider>
              </EditorLauncherContext.Provider>
            ) : (
              <p className="empty center">{t('chooseSession')}</p>
            )}
          </main>
          <JobsPanel />
        </div>
        <ModelsDialog />
      </div>
    </ProgrammeNavContext.Provider>
  );
}
