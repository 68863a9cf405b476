import { useId } from 'react';
import { useT } from '../i18n/I18nContext';
import { PathForm } from './PathForm';

interface Props {
  fileName: string;
  onRelink(path: string): Promise<boolean>;
}

/** The original file moved: type its new path (browser mode), or pick it (desktop). */
export function RelinkForm({ fileName, onRelink }: Props) {
  const t = useT();
  const inputId = useId();
  return (
    <PathForm
      className="relink"
      testId="media-relink"
      inputId={inputId}
      placeholder={t('relinkPlaceholder')}
      submitLabel={t('relink')}
      inputTestId="relink-input"
      buttonTestId="relink-button"
      onSubmit={async (path) => {
        await onRelink(path);
        return false;
      }}
    >
      <p className="warning">{t('sourceMissing')}</p>
      <label htmlFor={inputId}>{t('relinkLabel', { name: fileName })}</label>
    </PathForm>
  );
}
