import { formatBytes } from '../../../shared/format/duration';
import type { InstalledModel } from '../../../shared/model/whisperModels';
import { useI18n } from '../i18n/I18nContext';
import { verificationKey } from '../transcription/modelChoice';
import { modelNoteText } from '../i18n/engineText';
import { ConfirmButton } from './ConfirmButton';

interface Props {
  model: InstalledModel;
  onRemove(): Promise<boolean>;
}

/** One installed model: name, size, how sure we are it is intact, and remove with an inline confirm. */
export function InstalledModelItem({ model, onRemove }: Props) {
  const { t, language } = useI18n();
  const badgeClass = model.verification === 'checksum' ? 'badge ok' : 'badge warning';

  return (
    <li
      className="model-row"
      data-testid="installed-model"
      data-model-id={model.id}
      data-verification={model.verification}
    >
      <div className="model-main">
        <span className="model-name" dir="ltr">
          {model.id}
        </span>
        <span className="model-size" dir="ltr">
          {formatBytes(model.sizeBytes)}
        </span>
        <span className={badgeClass} data-testid="installed-model-verification">
          {t(verificationKey(model.verification))}
        </span>
      </div>
      {(model.problem ?? model.note) && (
        <p className="hint" dir="auto">
          {model.problem
            ? language === 'en'
              ? model.problem
              : t('modelProblem')
            : modelNoteText(t, model.id)}
        </p>
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
