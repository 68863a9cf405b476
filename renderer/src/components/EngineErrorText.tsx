import type { ErrorInfo } from '../../../shared/errors';
import { useI18n } from '../i18n/I18nContext';
import { errorText } from '../i18n/engineText';

/** An engine error's message and hint in the UI's language and direction (names inside are isolated). */
export function EngineErrorText({
  info,
}: {
  info: Pick<ErrorInfo, 'code' | 'message' | 'hint' | 'key' | 'params'>;
}) {
  const { t, language } = useI18n();
  const text = errorText(t, language, info);
  return (
    <>
      <p>{text.message}</p>
      {text.hint !== '' && <p className="hint">{text.hint}</p>}
    </>
  );
}
