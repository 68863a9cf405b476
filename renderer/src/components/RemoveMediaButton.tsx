import { useState } from 'react';
import { useT } from '../i18n/I18nContext';

interface Props {
  fileName: string;
  onRemove(): Promise<void>;
}

/** Remove, with an inline "are you sure" instead of a blocking dialog. */
export function RemoveMediaButton({ fileName, onRemove }: Props) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState(false);

  if (!confirming) {
    return (
      <button type="button" className="quiet" data-testid="media-remove" onClick={() => setConfirming(true)}>
        {t('remove')}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={t('confirmRemove', { name: fileName })}>
      <span>{t('confirmRemove', { name: fileName })}</span>
      <button
        type="button"
        className="danger"
        data-testid="media-remove-confirm"
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
  );
}
