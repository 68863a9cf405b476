import type { SessionSummary } from '../../../shared/model/session';
import { useBackups } from '../hooks/useBackups';
import { EngineErrorText } from './EngineErrorText';
import { useI18n } from '../i18n/I18nContext';
import { formatDateTime } from '../i18n/engineText';

interface Props {
  summary: SessionSummary;
  onRestored(): void;
}

/** A session whose file cannot be read: why, what to do, and its backups. */
export function UnreadableSessionItem({ summary, onRestored }: Props) {
  const { t, language } = useI18n();
  const { backups, load, restore, restoring } = useBackups(summary.id, onRestored);
  return (
    <li
      className="session-item unreadable"
      data-testid="session-item"
      data-session-id={summary.id}
      data-state="unreadable"
    >
      <div className="session-name" dir="auto">
        {summary.title}
      </div>
      <div className="badge warning">{t('unreadable')}</div>
      {summary.problem && (
        <div className="problem">
          <EngineErrorText info={summary.problem} />
        </div>
      )}
      {backups === undefined ? (
        <button type="button" data-testid="restore-backup" onClick={load}>
          {t('restoreBackup')}
        </button>
      ) : backups.length === 0 ? (
        <p className="hint">{t('noBackups')}</p>
      ) : (
        <ul className="backups" aria-label={t('restoreBackup')}>
          {backups.map((backup) => (
            <li key={backup.name}>
              <span dir="ltr">{formatDateTime(new Date(backup.savedAt), language)}</span>
              {!backup.readable && <span className="badge warning">{t('backupDamaged')}</span>}
              <button
                type="button"
                data-testid="restore-backup-item"
                disabled={restoring || !backup.readable}
                onClick={() => restore(backup.name)}
              >
                {t('restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
