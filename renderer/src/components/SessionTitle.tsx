import { useT } from '../i18n/I18nContext';
import { useInlineEdit } from '../hooks/useInlineEdit';

interface Props {
  title: string;
  onRename(title: string): Promise<boolean>;
}

/** The session's title, renamed in place. */
export function SessionTitle({ title, onRename }: Props) {
  const t = useT();
  const edit = useInlineEdit(title, onRename);
  if (edit.editing) {
    return (
      <div className="session-title editing">
        <input
          className="title-input"
          data-testid="rename-input"
          dir="auto"
          aria-label={t('renameLabel')}
          aria-describedby="rename-hint"
          maxLength={200}
          autoFocus
          {...edit.inputProps}
        />
        <span
          id="rename-hint"
          className={edit.blank ? 'input-error' : 'hint'}
          role={edit.blank ? 'alert' : undefined}
        >
          {edit.blank ? t('renameBlank') : t('renameHint')}
        </span>
      </div>
    );
  }
  return (
    <div className="session-title">
      <h2 data-testid="session-title" dir="auto">
        {title}
      </h2>
      <button type="button" className="quiet" data-testid="rename-button" onClick={edit.start}>
        {t('rename')}
      </button>
    </div>
  );
}
