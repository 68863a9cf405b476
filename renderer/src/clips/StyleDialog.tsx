import { useState } from 'react';
import type { CaptionStyle } from '../../../shared/model/clips';
import { useClipsT } from './i18n/useClipsT';
import { Modal } from '../components/Modal';
import { StyleFields } from './StyleFields';
import { useErrorText } from '../i18n/useErrorText';
import { styleIdFrom, styleNameTaken } from './styleEdit';

interface Props {
  style: CaptionStyle;
  takenIds: readonly string[];
  /** The names of every style: "Save as new style" under one of them would make a second style of that name. */
  takenNames?: readonly string[];
  onSave(style: CaptionStyle): Promise<void>;
  onRemove(styleId: string): Promise<void>;
  onClose(): void;
}

/** Edits a caption style: save it (a built-in saves an edited copy), save as a new named style, remove. */
export function StyleDialog({ style, takenIds, takenNames = [], onSave, onRemove, onClose }: Props) {
  const t = useClipsT();
  const wordError = useErrorText();
  const [draft, setDraft] = useState(style);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const run = (action: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    action()
      .then(onClose)
      .catch((caught: unknown) => {
        const info = wordError(caught);
        setError(`${info.message} ${info.hint}`);
      })
      .finally(() => setBusy(false));
  };
  const named = draft.name.trim() !== '';
  return (
    <Modal className="clips-modal" title={t('styleTitle')} testId="style-dialog" onClose={onClose}>
      <StyleFields style={draft} onChange={setDraft} />
      {error && (
        <p className="clip-error" role="alert" dir="auto" data-testid="style-error">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className="primary"
          data-testid="style-save"
          disabled={busy || !named}
          onClick={() => run(() => onSave({ ...draft, name: draft.name.trim(), builtIn: false }))}
        >
          {t('saveStyle')}
        </button>
        <button
          type="button"
          data-testid="style-save-new"
          disabled={busy || !named}
          onClick={() => {
            if (styleNameTaken(draft.name, takenNames)) {
              setError(t('styleNameTaken', { name: draft.name.trim() }));
              return;
            }
            run(() =>
              onSave({
                ...draft,
                id: styleIdFrom(draft.name, takenIds),
                name: draft.name.trim(),
                builtIn: false,
              }),
            );
          }}
        >
          {t('saveAsNew')}
        </button>
        {!style.builtIn && (
          <button
            type="button"
            className="quiet"
            data-testid="style-remove"
            disabled={busy}
            onClick={() => run(() => onRemove(style.id))}
          >
            {t('removeStyle')}
          </button>
        )}
      </div>
    </Modal>
  );
}
