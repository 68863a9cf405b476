import { useState } from 'react';
import { formatBytes } from '../../../shared/format/duration';
import type { InstalledModel } from '../../../shared/model/whisperModels';
import { useT } from '../i18n/I18nContext';
import { verificationKey } from '../transcription/modelChoice';

interface Props {
  model: InstalledModel;
  onRemove(): Promise<boolean>;
}

/** One installed model: name, size, how sure we are it is intact, and remove with an inline confirm. */
export function InstalledModelItem({ model, onRemove }: Props) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState(false);
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
          {model.problem ?? model.note}
        </p>
      )}
      {confirming ? (
        <div className="confirm" role="group" aria-label={t('confirmRemoveModel', { name: model.fileName })}>
          <span>{t('confirmRemoveModel', { name: model.fileName })}</span>
          <button
            type="button"
            className="danger"
            data-testid="model-remove-confirm"
            disabled={removing}
            autoFocus
            onClick={() => {
              setRemoving(true);
              void onRemove().finally(() => setRemoving(false));
            }}
          >
            {t('remove')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('keep')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="quiet model-remove"
          data-testid="model-remove"
          onClick={() => setConfirming(true)}
        >
          {t('remove')}
        </button>
      )}
    </li>
  );
}
