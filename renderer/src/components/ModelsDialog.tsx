import { useId } from 'react';
import { formatBytes } from '../../../shared/format/duration';
import { useModelsContext } from '../hooks/ModelsContext';
import { useModalDialog } from '../hooks/useModalDialog';
import { useT } from '../i18n/I18nContext';
import { ImportModelForm } from './ImportModelForm';
import { InstalledModelItem } from './InstalledModelItem';
import { ModelCatalogue } from './ModelCatalogue';
import { UploadModelForm } from './UploadModelForm';
import { VadModelItem } from './VadModelItem';

/**
 * Installed models, the voice activity detection model, importing (desktop) or uploading (browser mode)
 * a file with its name and languages, unfinished downloads and the catalogue; a modal dialog.
 */
export function ModelsDialog() {
  const t = useT();
  const headingId = useId();
  const models = useModelsContext();
  const { list, dialogOpen, closeDialog, refresh } = models;
  const dialogRef = useModalDialog(dialogOpen, refresh);

  return (
    <dialog
      ref={dialogRef}
      className="app-dialog models-dialog"
      data-testid="models-panel"
      aria-labelledby={headingId}
      onClose={closeDialog}
    >
      <div className="panel-head">
        <h2 id={headingId}>{t('modelsTitle')}</h2>
        <button type="button" data-testid="models-close" onClick={closeDialog}>
          {t('close')}
        </button>
      </div>
      {list === undefined ? (
        <p className="empty">{t('loading')}</p>
      ) : (
        <div className="models-body">
          <dl className="models-facts">
            <div>
              <dt>{t('modelsFolder')}</dt>
              <dd data-testid="models-folder">
                <bdi dir="ltr">{list.folder}</bdi>
              </dd>
            </div>
            <div>
              <dt>{t('modelsDiskUse')}</dt>
              <dd data-testid="models-disk-use">
                <bdi dir="ltr">{formatBytes(list.diskUseBytes)}</bdi>
              </dd>
            </div>
          </dl>
          <section aria-labelledby={`${headingId}-installed`}>
            <h3 id={`${headingId}-installed`}>{t('installedModels')}</h3>
            {list.installed.length === 0 ? (
              <p className="empty">{t('noInstalledModels')}</p>
            ) : (
              <ul className="model-list" data-testid="installed-models">
                {list.installed.map((model) => (
                  <InstalledModelItem
                    key={model.fileName}
                    model={model}
                    onRemove={() => models.remove(model.fileName)}
                    onUpdate={(details, onError) => models.update(model.fileName, details, onError)}
                  />
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby={`${headingId}-vad`}>
            <h3 id={`${headingId}-vad`}>{t('vadModelHeading')}</h3>
            <ul className="model-list">
              <VadModelItem
                vad={list.vad}
                downloading={models.downloading.has(list.vad.id)}
                onDownload={() => models.download(list.vad.id)}
                onRemove={() => models.remove(list.vad.id)}
              />
            </ul>
          </section>
          <UploadModelForm onUploaded={refresh} />
          <ImportModelForm onImport={models.importFile} />
          <ModelCatalogue list={list} downloading={models.downloading} onDownload={models.download} />
        </div>
      )}
    </dialog>
  );
}
