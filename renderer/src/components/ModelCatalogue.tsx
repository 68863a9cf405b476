import { formatBytes } from '../../../shared/format/duration';
import { useT } from '../i18n/I18nContext';
import { modelNoteText } from '../i18n/engineText';
import type { ModelsList } from '../transcription/modelChoice';

interface Props {
  list: ModelsList;
  downloading: ReadonlySet<string>;
  onDownload(id: string): void;
}

/** Unfinished downloads (resume) and every model that can be downloaded, with its size and note. */
export function ModelCatalogue({ list, downloading, onDownload }: Props) {
  const t = useT();
  const installedIds = new Set(list.installed.map((model) => model.id));
  const downloadButton = (id: string, label: string, testId: string) => (
    <button type="button" data-testid={testId} disabled={downloading.has(id)} onClick={() => onDownload(id)}>
      {downloading.has(id) ? t('downloading') : label}
    </button>
  );

  return (
    <>
      {list.partials.length > 0 && (
        <section>
          <h3>{t('partialDownloads')}</h3>
          <ul className="model-list">
            {list.partials.map((partial) => (
              <li
                key={partial.fileName}
                className="model-row"
                data-testid="partial-model"
                data-model-id={partial.id}
              >
                <div className="model-main">
                  <span className="model-name" dir="ltr">
                    {partial.id}
                  </span>
                  <span className="model-size">
                    {t('partialProgress', {
                      received: formatBytes(partial.receivedBytes),
                      total: partial.totalBytes === undefined ? '?' : formatBytes(partial.totalBytes),
                    })}
                  </span>
                </div>
                {downloadButton(partial.id, t('resume'), 'partial-resume')}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h3>{t('catalogue')}</h3>
        <ul className="model-list catalogue" data-testid="model-catalogue">
          {list.catalogue.map((entry) => (
            <li key={entry.id} className="model-row" data-testid="catalogue-model" data-model-id={entry.id}>
              <div className="model-main">
                <span className="model-name" dir="ltr">
                  {entry.id}
                </span>
                <span className="model-size" dir="ltr">
                  {formatBytes(entry.bytes)}
                </span>
                {!entry.hasChecksum && <span className="badge">{t('noChecksum')}</span>}
              </div>
              <p className="hint" dir="auto">
                {modelNoteText(t, entry.id)}
              </p>
              {installedIds.has(entry.id) ? (
                <span className="badge ok">{t('installed')}</span>
              ) : (
                downloadButton(entry.id, t('download'), 'catalogue-download')
              )}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
