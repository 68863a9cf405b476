import { useId, useState } from 'react';
import { useClient } from '../api/ClientContext';
import { useReport } from '../hooks/ErrorsContext';
import { useT } from '../i18n/I18nContext';

interface Props {
  fileName: string;
  onRelink(path: string): Promise<boolean>;
}

/** The original file moved: type its new path (browser mode), or pick it (desktop). */
export function RelinkForm({ fileName, onRelink }: Props) {
  const t = useT();
  const { pathForFile } = useClient();
  const report = useReport();
  const inputId = useId();
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);

  const relink = (target: string) => {
    if (target.trim() === '') return;
    setBusy(true);
    void onRelink(target.trim()).finally(() => setBusy(false));
  };

  return (
    <form
      className="relink"
      data-testid="media-relink"
      onSubmit={(event) => {
        event.preventDefault();
        relink(path);
      }}
    >
      <p className="warning">{t('sourceMissing')}</p>
      <label htmlFor={inputId}>{t('relinkLabel', { name: fileName })}</label>
      <div className="row">
        <input
          id={inputId}
          data-testid="relink-input"
          dir="ltr"
          value={path}
          placeholder={t('relinkPlaceholder')}
          onChange={(event) => setPath(event.target.value)}
        />
        <button type="submit" disabled={busy} data-testid="relink-button">
          {t('relink')}
        </button>
        {pathForFile && (
          <label className="button">
            {t('chooseFile')}
            <input
              type="file"
              className="visually-hidden"
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (!file) return;
                try {
                  relink(pathForFile(file));
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
