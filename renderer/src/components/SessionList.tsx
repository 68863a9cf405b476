import type { RefObject } from 'react';
import type { SessionsState } from '../hooks/useSessions';
import { useT } from '../i18n/I18nContext';
import { NewSessionForm } from './NewSessionForm';
import { UnreadableSessionItem } from './UnreadableSessionItem';

interface Props {
  sessions: SessionsState;
  selectedId: string | undefined;
  onSelect(sessionId: string): void;
  newSessionRef: RefObject<HTMLInputElement | null>;
}

/** The library sidebar. */
export function SessionList({ sessions, selectedId, onSelect, newSessionRef }: Props) {
  const t = useT();
  const list = sessions.sessions;
  return (
    <nav className="sidebar" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t('sessions')}</h2>
      <NewSessionForm
        inputRef={newSessionRef}
        onCreate={async (title) => {
          const session = await sessions.create(title);
          if (session) onSelect(session.id);
          return session !== undefined;
        }}
      />
      {list === undefined ? (
        <p className="empty">{t('loading')}</p>
      ) : list.length === 0 ? (
        <p className="empty">{t('noSessions')}</p>
      ) : null}
      <ul className="session-list" data-testid="session-list">
        {list?.map((summary) =>
          summary.state === 'unreadable' ? (
            <UnreadableSessionItem key={summary.id} summary={summary} onRestored={sessions.refresh} />
          ) : (
            <li key={summary.id}>
              <button
                type="button"
                className="session-item"
                data-testid="session-item"
                data-session-id={summary.id}
                data-state="ok"
                aria-current={summary.id === selectedId ? 'page' : undefined}
                onClick={() => onSelect(summary.id)}
              >
                <span className="session-name" dir="auto">
                  {summary.title}
                </span>
                <span className="session-meta">
                  {summary.mediaCount === 1
                    ? t('fileCountOne')
                    : t('fileCount', { count: summary.mediaCount })}
                </span>
              </button>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}
