import { formatBytes } from '../../../shared/format/duration';
import { useModelsContext } from '../hooks/ModelsContext';
import { useT } from '../i18n/I18nContext';
import { recommendedDownloads, type CatalogueEntry } from '../transcription/modelChoice';

/** Nothing to transcribe with: offer the recommended downloads, with their sizes. */
export function NoModelOffer({ catalogue }: { catalogue: readonly CatalogueEntry[] }) {
  const t = useT();
  const { download, downloading } = useModelsContext();
  return (
    <div className="no-model" data-testid="no-model">
      <p>{t('noModel')}</p>
      <ul className="model-offers">
        {recommendedDownloads(catalogue).map(({ entry, reason }) => (
          <li key={entry.id} data-testid="model-offer" data-model-id={entry.id}>
            <span className="model-name" dir="ltr">
              {entry.id}
            </span>
            <span className="model-size" dir="ltr">
              {formatBytes(entry.bytes)}
            </span>
            <span className="model-reason">{t(reason)}</span>
            <button
              type="button"
              data-testid="model-offer-download"
              disabled={downloading.has(entry.id)}
              onClick={() => download(entry.id)}
            >
              {downloading.has(entry.id) ? t('downloading') : t('download')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
