import { useErrors } from '../hooks/ErrorsContext';
import { useT } from '../i18n/I18nContext';

/** Problems reported by any part of the UI, each with what to do, until dismissed. */
export function ErrorBanner() {
  const t = useT();
  const { errors, dismiss } = useErrors();
  if (errors.length === 0) return null;
  return (
    <div className="error-banner" data-testid="error-banner" role="alert" aria-label={t('problems')}>
      {errors.map(({ id, info }) => (
        <div className="error" key={id} data-code={info.code}>
          <div className="error-text">
            <p className="error-message" dir="auto">
              {info.message}
            </p>
            {info.hint && (
              <p className="hint" dir="auto">
                {info.hint}
              </p>
            )}
          </div>
          <button type="button" data-testid="error-dismiss" onClick={() => dismiss(id)}>
            {t('dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
