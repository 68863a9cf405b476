import { useState } from 'react';
import { retryableExportStates } from '../../../shared/export/restartPolicy';
import type { ExportJobRecord } from '../../../shared/model/clips';
import { useClient } from '../api/ClientContext';
import { useReport } from '../hooks/ErrorsContext';
import { useClipsT } from './i18n/useClipsT';

/** Retry of one interrupted, failed or canceled export (export.retry); nothing for other states. */
export function RetryExport({ record, onRetried }: { record: ExportJobRecord; onRetried(): void }) {
  const t = useClipsT();
  const { api } = useClient();
  const report = useReport();
  const [busy, setBusy] = useState(false);
  if (!retryableExportStates.includes(record.state)) return null;
  return (
    <button
      type="button"
      data-testid="export-retry"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        api['export.retry']({ recordId: record.id })
          .then(() => onRetried())
          .catch((error: unknown) => report(error))
          .finally(() => setBusy(false));
      }}
    >
      {t('retryExport')}
    </button>
  );
}
