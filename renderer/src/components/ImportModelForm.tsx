import { useId, useState } from 'react';
import type { InstalledModel } from '../../../shared/model/whisperModels';
import { useClient } from '../api/ClientContext';
import { useReport } from '../hooks/ErrorsContext';
import { useT } from '../i18n/I18nContext';

interface Props {
  onImport(path: string): Promise<InstalledModel | undefined>;
}

/** A ggml model file already on this computer: type its path (browser mode), or pick it (desktop). */
export function ImportModelForm({ onImport }: Props) {
  const t = useT();
  const { pathForFile } = useClient();
  const report = useReport();
  const inputId = useId();
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);

  const importPath = (target: string) => {
    if (target.trim() === '' || busy) return;
    setBusy(true);
    void onImport(target.trim())
      .then((model) => {
        if (model) setPath('');
      })
      .finally(() => setBusy(false));
  };

  return (
    <form
      className="model-import"
      data-testid="model-import"
      onSubmit={(event) => {
        event.preventDefault();
        importPath(path);
      }}
    >
      <h3 id={`${inputId}-heading`}>{t('importModel')}</h3>
      <div className="row">
        <input
          id={inputId}
          aria-labelledby={`${inputId}-heading`}
          data-testid="model-import-input"
          dir={path === '' ? undefined : 'ltr'}
          value={path}
          placeholder={t('importModelPlaceholder')}
          onChange={(event) => setPath(event.target.value)}
        />
        <button type="submit" disabled={busy} data-testid="model-import-button">
          {t('importModelButton')}
        </button>
        {pathForFile && (
          <label className="button">
            {t('chooseFile')}
            <input
              type="file"
              accept=".bin"
              className="visually-hidden"
              data-testid="model-import-file"
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (!file) return;
                try {
                  importPath(pathForFile(file));
                } catch (error) {
                  report(error);
                }
              }}
            />
          </label>
        )}
      </div>
    </form>
  );
}
