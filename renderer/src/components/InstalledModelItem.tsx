import { useId, useState } from 'react';
import { toErrorInfo, type ErrorInfo } from '../../../shared/errors';
import { EngineErrorText } from './EngineErrorText';
import { formatBytes } from '../../../shared/format/duration';
import type { InstalledModel } from '../../../shared/model/whisperModels';
import type { ModelDetails } from '../hooks/useModels';
import { useI18n } from '../i18n/I18nContext';
import { languageLabel, verificationKey } from '../transcription/modelChoice';
import { modelNoteText } from '../i18n/engineText';
import { ConfirmButton } from './ConfirmButton';
import { ModelDetailsFields, useModelDetailsDraft } from './ModelDetailsFields';

interface Props {
  model: InstalledModel;
  onRemove(): Promise<boolean>;
  onUpdate(details: ModelDetails, onError: (error: unknown) => void): Promise<boolean>;
}

/**
 * One installed model: its name (an imported model's own name, with its languages and where it came
 * from), size, how sure we are it is intact, rename (imported models) and remove with an inline confirm.
 */
export function InstalledModelItem({ model, onRemove, onUpdate }: Props) {
  const { t, language } = useI18n();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const badgeClass = model.verification === 'checksum' ? 'badge ok' : 'badge warning';
  const languages = model.languages ?? [];

  return (
    <li
      className="model-row"
      data-testid="installed-model"
      data-model-id={model.id}
      data-verification={model.verification}
    >
      <div className="model-main">
        {model.displayName ? (
          <span className="model-name" dir="auto" data-testid="installed-model-name">
            {model.displayName}
          </span>
        ) : null}
        <span className="model-name" dir="ltr">
          {model.displayName ? `(${model.id})` : model.id}
        </span>
        <span className="model-size" dir="ltr">
          {formatBytes(model.sizeBytes)}
        </span>
        <span className={badgeClass} data-testid="installed-model-verification">
          {t(verificationKey(model.verification))}
        </span>
        {model.source === 'imported' && !editing && (
          <button type="button" className="quiet" data-testid="model-rename" onClick={() => setEditing(true)}>
            {t('rename')}
          </button>
        )}
        {model.origin && (
          <span className="badge">
            {t(model.origin === 'upload' ? 'modelOriginUpload' : 'modelOriginFile')}
          </span>
        )}
      </div>
      {languages.length > 0 && (
        <p className="hint" data-testid="installed-model-languages" data-languages={languages.join(',')}>
          {t('modelLanguagesList', {
            languages: languages
              .map((code) => languageLabel(code, language, t))
              .join(language === 'ur' ? '، ' : ', '),
          })}
        </p>
      )}
      {(model.problem ?? model.note) && (
        <p className="hint" dir="auto">
          {model.problem
            ? language === 'en'
              ? model.problem
              : t('modelProblem')
            : modelNoteText(t, model.id)}
        </p>
      )}
      {editing && (
        <RenameModelForm
          model={model}
          idPrefix={id}
          onCancel={() => setEditing(false)}
          onSave={(details, onError) =>
            onUpdate(details, onError).then((saved) => {
              if (saved) setEditing(false);
            })
          }
        />
      )}
      <ConfirmButton
        label={t('remove')}
        question={t('confirmRemoveModel', { name: model.fileName })}
        testId="model-remove"
        className="quiet model-remove"
        onConfirm={onRemove}
      />
    </li>
  );
}

function RenameModelForm({
  model,
  idPrefix,
  onCancel,
  onSave,
}: {
  model: InstalledModel;
  idPrefix: string;
  onCancel(): void;
  onSave(details: ModelDetails, onError: (error: unknown) => void): Promise<void>;
}) {
  const { t } = useI18n();
  const [failure, setFailure] = useState<ErrorInfo | undefined>(undefined);
  const draft = useModelDetailsDraft({
    ...(model.displayName ? { name: model.displayName } : {}),
    ...(model.languages ? { languages: model.languages } : {}),
  });
  return (
    <form
      className="model-rename"
      data-testid="model-rename-form"
      onSubmit={(event) => {
        event.preventDefault();
        const details = draft.read();
        if (!details) return;
        setFailure(undefined);
        void onSave({ displayName: draft.name.trim(), languages: details.languages ?? [] }, (error) =>
          setFailure(toErrorInfo(error)),
        );
      }}
    >
      <ModelDetailsFields draft={draft} idPrefix={`${idPrefix}-rename`} testIdPrefix="model-rename" />
      {failure !== undefined && (
        <div className="input-error" role="alert" data-testid="model-rename-error">
          <EngineErrorText info={failure} />
        </div>
      )}
      <div className="row">
        <button type="submit" data-testid="model-rename-save">
          {t('saveModelDetails')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
