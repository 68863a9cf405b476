import { useId } from 'react';
import type { InstalledModel } from '../../../shared/model/whisperModels';
import { useT } from '../i18n/I18nContext';
import { PathForm } from './PathForm';

interface Props {
  onImport(path: string): Promise<InstalledModel | undefined>;
}

/** A ggml model file already on this computer: type its path (browser mode), or pick it (desktop). */
export function ImportModelForm({ onImport }: Props) {
  const t = useT();
  const inputId = useId();
  return (
    <PathForm
      className="model-import"
      testId="model-import"
      inputId={inputId}
      labelledBy={`${inputId}-heading`}
      placeholder={t('importModelPlaceholder')}
      submitLabel={t('importModelButton')}
      inputTestId="model-import-input"
      buttonTestId="model-import-button"
      fileTestId="model-import-file"
      accept=".bin"
      onSubmit={async (path) => (await onImport(path)) !== undefined}
    >
      <h3 id={`${inputId}-heading`}>{t('importModel')}</h3>
    </PathForm>
  );
}
