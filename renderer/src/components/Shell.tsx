import { useRef, useState } from 'react';
import { EditorLauncherContext, type EditorTarget } from '../editor/EditorLauncher';
import { EditorScreen } from '../editor/EditorScreen';
import { useSessions } from '../hooks/useSessions';
import { useShortcuts } from '../hooks/useShortcuts';
import { useT } from '../i18n/I18nContext';
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
  const selected = sessions.sessions?.find((summary) => summary.id === selectedId && summary.state === 'ok');

  useShortcuts({
    newSession: () => newSessionRef.current?.focus(),
    importFootage: selected ? () => importInputRef.current?.click() : undefined,
  });

  if (editing) {
    // The subtitle editor takes the whole window below the header; Back returns to the session.
    return (
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
    );
  }

  return (
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
              <SessionView key={selectedId} sessionId={selectedId} importInputRef={importInputRef} />
            </EditorLauncherContext.Provider>
          ) : (
            <p className="empty center">{t('chooseSession')}</p>
          )}
        </main>
        <JobsPanel />
      </div>
      <ModelsDialog />
    </div>
  );
}
