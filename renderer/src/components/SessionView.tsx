import type { RefObject } from 'react';
import { useFileDrop } from '../hooks/useFileDrop';
import { useImport } from '../hooks/useImport';
import { useSessionView } from '../hooks/useSessionView';
import { useT } from '../i18n/I18nContext';
import { ClipsWorkspace } from '../clips/ClipsWorkspace';
import { ParticipantsPanel } from '../programme/ParticipantsPanel';
import { SessionDetails } from '../programme/SessionDetails';
import { ImportControls } from './ImportControls';
import { MediaList } from './MediaList';
import { NotesEditor } from './NotesEditor';
import { SessionTitle } from './SessionTitle';

interface Props {
  sessionId: string;
  importInputRef: RefObject<HTMLInputElement | null>;
}

/** One open session; the whole view accepts dropped footage. Mount with key={sessionId}. */
export function SessionView({ sessionId, importInputRef }: Props) {
  const t = useT();
  const { view, refresh, rename, removeMedia, relinkMedia } = useSessionView(sessionId);
  const imports = useImport(sessionId, refresh);
  const drop = useFileDrop(imports.importFiles);

  return (
    <section
      className={drop.dragging ? 'session-view dragging' : 'session-view'}
      data-testid="drop-zone"
      data-dragging={drop.dragging ? 'true' : 'false'}
      aria-busy={view === undefined}
      {...drop.dropProps}
    >
      {view === undefined ? (
        <p className="empty">{t('loading')}</p>
      ) : (
        <>
          <SessionTitle title={view.session.title} onRename={rename} />
          <SessionDetails key={`details-${sessionId}`} session={view.session} />
          <ParticipantsPanel session={view.session} onChanged={refresh} />
          <NotesEditor key={sessionId} sessionId={sessionId} initialNotes={view.session.notes} />
          <ImportControls
            inputRef={importInputRef}
            busy={imports.busy}
            upload={imports.upload}
            onFiles={imports.importFiles}
          />
          <ClipsWorkspace session={view.session}>
            <MediaList view={view} onRemove={removeMedia} onRelink={relinkMedia} />
          </ClipsWorkspace>
        </>
      )}
      {drop.dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t('dropNow')}
        </div>
      )}
    </section>
  );
}
