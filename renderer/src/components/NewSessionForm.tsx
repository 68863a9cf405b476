import { useId, useState, type RefObject } from 'react';
import { useT } from '../i18n/I18nContext';

interface Props {
  inputRef: RefObject<HTMLInputElement | null>;
  onCreate(title: string): Promise<boolean>;
}

/** Title + button; Enter submits. */
export function NewSessionForm({ inputRef, onCreate }: Props) {
  const t = useT();
  const id = useId();
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [blank, setBlank] = useState(false);

  return (
    <form
      className="new-session"
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = title.trim();
        if (trimmed === '' || busy) {
          setBlank(trimmed === '');
          inputRef.current?.focus();
          return;
        }
        setBusy(true);
        void onCreate(trimmed)
          .then((created) => {
            if (created) setTitle('');
          })
          .finally(() => setBusy(false));
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {t('newSessionLabel')}
      </label>
      <input
        id={id}
        ref={inputRef}
        data-testid="new-session-input"
        dir="auto"
        maxLength={200}
        value={title}
        placeholder={t('newSessionPlaceholder')}
        aria-invalid={blank || undefined}
        aria-describedby={blank ? `${id}-blank` : undefined}
        onChange={(event) => {
          setTitle(event.target.value);
          setBlank(false);
        }}
      />
      <button type="submit" className="primary" data-testid="new-session-button" disabled={busy}>
        {t('newSession')}
      </button>
      {blank && (
        <p id={`${id}-blank`} className="input-error" role="alert" data-testid="new-session-blank">
          {t('newSessionBlank')}
        </p>
      )}
    </form>
  );
}
