import type { SaveStatus } from '../hooks/autosaver';
import { useT } from '../i18n/I18nContext';

/** "Unsaved changes" / "Saving…" / "Saved" / "Save failed: …" beside an autosaved form. */
export function SaveStatusText({ status, testId }: { status: SaveStatus; testId: string }) {
  const t = useT();
  const text =
    status.state === 'pending'
      ? t('unsaved')
      : status.state === 'saving'
        ? t('saving')
        : status.state === 'saved'
          ? t('saved')
          : status.state === 'failed'
            ? t('saveFailed', { message: status.message })
            : '';
  return (
    <span
      className={`notes-status state-${status.state}`}
      data-testid={testId}
      data-state={status.state}
      role="status"
      dir="auto"
    >
      {text}
    </span>
  );
}
