import { useId, useState } from 'react';
import { toErrorInfo, type ErrorInfo } from '../../../shared/errors';
import type { InstalledModel } from '../../../shared/model/whisperModels';
import type { ModelDetails } from '../hooks/useModels';
import { useT } from '../i18n/I18nContext';
import { ModelDetailsFields, useModelDetailsDraft } from './ModelDetailsFields';
import { EngineErrorText } from './EngineErrorText';
import { PathForm } from './PathForm';

interface Props {
  onImport(
    path: string,
    details: ModelDetails,
    onError: (error: unknown) => void,
  ): Promise<InstalledModel | undefined>;
}

/**
 * A ggml model file already on this computer (a fine-tune, say), with the name to show and its languages:
 * type its path (browser mode: a file in the workspace's uploads), or pick it (desktop).
 */
export function ImportModelForm({ onImport }: Props) {
  const t = useT();
  const inputId = useId();
  const draft = useModelDetailsDraft();
  // Said inside the dialog: the app's error banner sits under a modal dialog.
  const [failure, setFailure] = useState<ErrorInfo | undefined>(undefined);
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
      onSubmit={async (path) => {
        const details = draft.read();
        if (details === undefined) return false;
        setFailure(undefined);
        const imported =
          (await onImport(path, details, (error) => setFailure(toErrorInfo(error)))) !== undefined;
        if (imported) draft.clear();
        return imported;
      }}
    >
      <h3 id={`${inputId}-heading`}>{t('importModel')}</h3>
      <ModelDetailsFields draft={draft} idPrefix={inputId} testIdPrefix="model-import" />
      {failure !== undefined && (
        <div className="input-error" role="alert" data-testid="model-import-error">
          <EngineErrorText info={failure} />
        </div>
      )}
    </PathForm>
  );
}
