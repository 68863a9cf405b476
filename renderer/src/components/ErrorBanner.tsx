import { useErrors } from '../hooks/ErrorsContext';
import { useI18n } from '../i18n/I18nContext';
import { errorText } from '../i18n/engineText';

/** Problems reported by any part of the UI, each with what to do, until dismissed. */
export function ErrorBanner() {
  const { t, language } = useI18n();
  const { errors, dismiss } = useErrors();
  if (errors.length === 0) return null;
  return (
    <div className="error-banner" data-testid="error-banner" role="alert" aria-label={t('problems')}>
      {errors.map(({ id, info }) => {
        const text = errorText(t, language, info);
        return (
          <div className="error" key={id} data-code={info.code}>
            <div className="error-text">
              <p className="error-message">{text.message}</p>
              {text.hint && <p className="hint">{text.hint}</p>}
            </div>
            <button type="button" data-testid="error-dismiss" onClick={() => dismiss(id)}>
              {t('dismiss')}
            </button>
          </div>
        );
      })}
    </div>
  );
}
