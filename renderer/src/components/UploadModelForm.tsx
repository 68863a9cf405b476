import { useId, useRef, useState } from 'react';
import { GuftaguError, toErrorInfo, type ErrorInfo } from '../../../shared/errors';
import { formatBytes } from '../../../shared/format/duration';
import { useClient } from '../api/ClientContext';
import { useT } from '../i18n/I18nContext';
import { EngineErrorText } from './EngineErrorText';
import { ModelDetailsFields, useModelDetailsDraft } from './ModelDetailsFields';

interface Props {
  /** Reloads the models list after a model was added. */
  onUploaded(): void;
}

interface Progress {
  name: string;
  loadedBytes: number;
  totalBytes: number;
}

/**
 * Browser mode: a model file from this computer is uploaded to the server, checked as it arrives and
 * imported with its name and languages. The upload shows its progress and can be cancelled (the server
 * keeps nothing of a cancelled one).
 */
export function UploadModelForm({ onUploaded }: Props) {
  const t = useT();
  const id = useId();
  const { uploadModel } = useClient();
  const draft = useModelDetailsDraft();
  const [progress, setProgress] = useState<Progress | undefined>(undefined);
  const [added, setAdded] = useState<string | undefined>(undefined);
  // Shown in the dialog itself: the app's error banner sits under a modal dialog.
  const [failure, setFailure] = useState<ErrorInfo | undefined>(undefined);
  const controller = useRef<AbortController | undefined>(undefined);
  if (!uploadModel) return null;

  const upload = async (file: File) => {
    const details = draft.read();
    if (details === undefined) return;
    const abort = new AbortController();
    controller.current = abort;
    setAdded(undefined);
    setFailure(undefined);
    setProgress({ name: file.name, loadedBytes: 0, totalBytes: file.size });
    try {
      const model = await uploadModel(
        file,
        details,
        (loadedBytes, totalBytes) => setProgress({ name: file.name, loadedBytes, totalBytes }),
        abort.signal,
      );
      draft.clear();
      setAdded(model.displayName ?? model.id);
      onUploaded();
    } catch (error) {
      if (!(error instanceof GuftaguError && error.code === 'canceled')) setFailure(toErrorInfo(error));
    } finally {
      controller.current = undefined;
      setProgress(undefined);
    }
  };

  return (
    <section className="model-upload" data-testid="model-upload" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('uploadModel')}</h3>
      <p className="hint">{t('uploadModelHint')}</p>
      <ModelDetailsFields draft={draft} idPrefix={id} testIdPrefix="model-upload" />
      {progress === undefined ? (
        <label className="button">
          {t('uploadModelButton')}
          <input
            type="file"
            accept=".bin"
            className="visually-hidden"
            data-testid="model-upload-file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void upload(file);
            }}
          />
        </label>
      ) : (
        <div className="row" data-testid="model-upload-progress">
          <progress max={progress.totalBytes || 1} value={progress.loadedBytes} />
          <span dir="auto">
            {t('uploadingModel', {
              name: `\u2068${progress.name}\u2069`,
              loaded: formatBytes(progress.loadedBytes),
              total: formatBytes(progress.totalBytes),
            })}
          </span>
          <button type="button" data-testid="model-upload-cancel" onClick={() => controller.current?.abort()}>
            {t('cancel')}
          </button>
        </div>
      )}
      {failure !== undefined && (
        <div className="input-error" role="alert" data-testid="model-upload-error">
          <EngineErrorText info={failure} />
        </div>
      )}
      {added !== undefined && (
        <p className="hint" role="status" data-testid="model-upload-done">
          {t('uploadModelDone', { name: `\u2068${added}\u2069` })}
        </p>
      )}
    </section>
  );
}
