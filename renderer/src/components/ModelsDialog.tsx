import { useEffect, useId, useRef } from 'react';
import { formatBytes } from '../../../shared/format/duration';
import { useModelsContext } from '../hooks/ModelsContext';
import { useT } from '../i18n/I18nContext';
import { ImportModelForm } from './ImportModelForm';
import { InstalledModelItem } from './InstalledModelItem';
import { ModelCatalogue } from './ModelCatalogue';

/** Installed models, unfinished downloads, importing a file, and the catalogue; a modal dialog. */
export function ModelsDialog() {
  const t = useT();
  const headingId = useId();
  const models = useModelsContext();
  const { list, dialogOpen, closeDialog, refresh } = models;
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (dialogOpen && !dialog.open) {
      dialog.showModal();
      refresh();
    } else if (!dialogOpen && dialog.open) {
      dialog.close();
    }
  }, [dialogOpen, refresh]);

  return (
    <dialog
      ref={dialogRef}
      className="models-dialog"
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
                  />
                ))}
              </ul>
            )}
          </section>
          <ImportModelForm onImport={models.importFile} />
          <ModelCatalogue list={list} downloading={models.downloading} onDownload={models.download} />
        </div>
      )}
    </dialog>
  );
}
