import { useI18n } from '../i18n/I18nContext';
import { useEditorT } from './i18n/useEditorT';
import { formatDateTime } from '../i18n/engineText';
import type { EditorDocument } from './useEditorDocument';

/** The save conflict ('locked') and the crash journal offers, above the editor. */
export function EditorBanners({ doc }: { doc: EditorDocument }) {
  const t = useEditorT();
  const { language } = useI18n();
  const written = doc.journal ? new Date(doc.journal.writtenAt) : undefined;
  return (
    <>
      {doc.locked && (
        <div className="editor-banner danger" role="alert" data-testid="editor-locked">
          <div>
            <strong>{t('lockedTitle')}</strong>
            <p className="hint">{t('lockedHint')}</p>
          </div>
          <button type="button" data-testid="locked-reload" onClick={() => doc.resolveLocked('reload')}>
            {t('reload')}
          </button>
          <button
            type="button"
            className="primary"
            data-testid="locked-keep-mine"
            onClick={() => doc.resolveLocked('keep-mine')}
          >
            {t('keepMine')}
          </button>
        </div>
      )}
      {doc.journal && (
        <div className="editor-banner warning" role="alert" data-testid="editor-journal">
          <strong>{t('journalTitle', { time: written ? formatDateTime(written, language) : '' })}</strong>
          <button
            type="button"
            className="primary"
            data-testid="journal-restore"
            onClick={() => doc.resolveJournal('restore')}
          >
            {t('journalRestore')}
          </button>
          <button type="button" data-testid="journal-discard" onClick={() => doc.resolveJournal('discard')}>
            {t('journalDiscard')}
          </button>
        </div>
      )}
      {doc.journalFailed && (
        <div className="editor-banner warning" role="status">
          {t('journalFull')}
        </div>
      )}
    </>
  );
}
