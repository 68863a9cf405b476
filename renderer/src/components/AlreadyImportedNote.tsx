import type { JobOutcome } from '../../../shared/model/jobs';
import { useT } from '../i18n/I18nContext';

/** Brings a media item of the session list into view and marks it for a moment. */
export function showMediaItem(mediaId: string): boolean {
  const item = document.querySelector<HTMLElement>(`.media-item[data-media-id="${CSS.escape(mediaId)}"]`);
  if (!item) return false;
  item.scrollIntoView({ block: 'center', behavior: 'smooth' });
  item.classList.add('media-item-shown');
  window.setTimeout(() => item.classList.remove('media-item-shown'), 2_000);
  return true;
}

/** An import that added nothing: the same footage is already in the session under this name. */
export function AlreadyImportedNote({ outcome }: { outcome: JobOutcome }) {
  const t = useT();
  return (
    <div className="job-outcome" role="status" data-testid="job-already-imported">
      <p dir="auto">{t('alreadyImportedAs', { name: `\u2068${outcome.fileName}\u2069` })}</p>
      <button type="button" data-testid="job-show-media" onClick={() => showMediaItem(outcome.mediaId)}>
        {t('showImported')}
      </button>
    </div>
  );
}
