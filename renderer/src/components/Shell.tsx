import { useCallback, useRef, useState } from 'react';
import { EditorLauncherContext, type EditorTarget } from '../editor/EditorLauncher';
import { EditorScreen } from '../editor/EditorScreen';
import { useSessions } from '../hooks/useSessions';
import { useFlushOnRequest } from '../hooks/useFlushOnRequest';
import { useShortcuts } from '../hooks/useShortcuts';
import { useT } from '../i18n/I18nContext';
import { FocusContext, ProgrammeNavContext, useProgrammeNavigation } from '../programme/ProgrammeNav';
import { ReportsPage } from '../programme/ReportsPage';
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
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);
  const newSessionRef = useRef<HTMLInputElement>(null);
  const importInputRef = useRef<HTMLInputElement>(null);
  const [editing, setEditing] = useState<EditorTarget | undefined>(undefined);
  const closeEditor = useCallback(() => setEditing(undefined), []);
  // The header's Reports button and search results: the reports page, or a session at a participant or cue.
  const programme = useProgrammeNavigation(setSelectedId, closeEditor);
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
            onSelect={setSelectedId}
            newSessionRef={newSessionRef}
          />
          <main className="main">
            {selectedId !== undefined && (selected !== undefined || sessions.sessions === undefined) ? (
              <EditorLauncherContext.Provider value={setEditing}>
                <FocusContext.Provider value={programme.focus}>
                  <SessionView key={selectedId} sessionId={selectedId} importInputRef={importInputRef} />
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
