import { formatBytes } from '../../../shared/format/duration';
import type { VadModelStatus } from '../../../shared/model/vadModels';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/I18nContext';
import { ConfirmButton } from './ConfirmButton';

const stateKeys: Readonly<Record<VadModelStatus['state'], MessageKey>> = {
  installed: 'vadStateInstalled',
  own: 'vadStateOwn',
  missing: 'vadStateMissing',
  damaged: 'vadStateDamaged',
};

interface Props {
  vad: VadModelStatus;
  downloading: boolean;
  onDownload(): void;
  onRemove(): Promise<boolean>;
}

/** The Silero VAD model beside the whisper models: its state, download (checked by sha256) and remove. */
export function VadModelItem({ vad, downloading, onDownload, onRemove }: Props) {
  const t = useT();
  const usable = vad.state === 'installed' || vad.state === 'own';
  return (
    <li className="model-row" data-testid="vad-model" data-model-id={vad.id} data-state={vad.state}>
      <div className="model-main">
        <span className="model-name" dir="ltr">
          {vad.id}
        </span>
        <span className="model-size" dir="ltr">
          {formatBytes(vad.bytes)}
        </span>
        <span className={usable ? 'badge ok' : 'badge warning'} data-testid="vad-model-state">
          {t(stateKeys[vad.state])}
        </span>
      </div>
      <p className="hint">{t('vadModelKind')}</p>
      {vad.state === 'installed' ? (
        <ConfirmButton
          label={t('remove')}
          question={t('confirmRemoveVad')}
          testId="vad-model-remove"
          className="quiet model-remove"
          onConfirm={onRemove}
        />
      ) : null}
      {!usable && (
        <button type="button" data-testid="vad-model-download" disabled={downloading} onClick={onDownload}>
          {downloading ? t('downloading') : vad.partialBytes ? t('resume') : t('download')}
        </button>
      )}
    </li>
  );
}
