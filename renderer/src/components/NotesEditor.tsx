import { useCallback, useId, useState } from 'react';
import { GuftaguError } from '../../../shared/errors';
import { useClient } from '../api/ClientContext';
import { useReport } from '../hooks/ErrorsContext';
import { useAutosave } from '../hooks/useAutosave';
import type { SaveStatus } from '../hooks/autosaver';
import { useT } from '../i18n/I18nContext';
import type { Translate } from '../i18n/translate';

interface Props {
  sessionId: string;
  initialNotes: string;
}

function statusText(status: SaveStatus, t: Translate): string {
  switch (status.state) {
    case 'idle':
      return '';
    case 'pending':
      return t('unsaved');
    case 'saving':
      return t('saving');
    case 'saved':
      return t('saved');
    case 'failed':
      return t('saveFailed', { message: status.message });
  }
}

/** Free-text notes, saved a second after typing stops. Mount one per session (key) so a switch flushes. */
export function NotesEditor({ sessionId, initialNotes }: Props) {
  const t = useT();
  const { api } = useClient();
  const report = useReport();
  const id = useId();
  const [notes, setNotes] = useState(initialNotes);
  const save = useCallback(
    (value: string) => api['sessions.saveNotes']({ sessionId, notes: value }),
    [api, sessionId],
  );
  const status = useAutosave(notes, save, 1000, (message) =>
    report(new GuftaguError('write-failed', t('saveFailed', { message }), t('notesLostHint'))),
  );

  return (
    <div className="notes">
      <div className="notes-head">
        <label htmlFor={id}>{t('notes')}</label>
        <span
          className={`notes-status state-${status.state}`}
          data-testid="notes-status"
          data-state={status.state}
          role="status"
        >
          {statusText(status, t)}
        </span>
      </div>
      <textarea
        id={id}
        data-testid="notes"
        dir="auto"
        rows={5}
        value={notes}
        placeholder={t('notesPlaceholder')}
        onChange={(event) => setNotes(event.target.value)}
      />
    </div>
  );
}
