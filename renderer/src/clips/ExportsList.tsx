import { formatBytes, formatDurationMs } from '../../../shared/format/duration';
import type { Clip, ExportJobRecord } from '../../../shared/model/clips';
import type { Session } from '../../../shared/model/session';
import { useI18n } from '../i18n/I18nContext';
import { useClient } from '../api/ClientContext';
import { CopyPath } from './CopyPath';
import { ExportDownloads } from './ExportDownloads';
import { fileNameOf } from './exportPlan';
import { RetryExport } from './RetryExport';
import { useClipsT } from './i18n/useClipsT';
import { EngineErrorText } from '../components/EngineErrorText';
import { useExportQueue } from './useExportQueue';

const outputName = (record: ExportJobRecord) =>
  record.outputPath ? fileNameOf(record.outputPath) : `${record.fileStem}.mp4`;

/** The session's exports (export.queue), per batch: progress, each file's name, size, state and error. */
export function ExportsList({ session, clips }: { session: Session; clips: readonly Clip[] }) {
  const t = useClipsT();
  const { language, t: appT } = useI18n();
  const { batches, live, refresh } = useExportQueue(session.id);
  const { downloadUrl, zipUrl } = useClient();
  const titleOf = (clipId: string) => clips.find((clip) => clip.id === clipId)?.title ?? clipId;
  return (
    <section className="exports" data-testid="exports-list">
      <h4>{t('exports')}</h4>
      {batches === undefined ? null : batches.length === 0 ? (
        <p className="empty">{t('noExports')}</p>
      ) : (
        batches.map((batch) => (
          <article
            key={batch.batchId}
            className="export-batch"
            data-testid="export-batch"
            data-batch-id={batch.batchId}
            data-state={batch.state}
          >
            <header className="export-batch-head">
              <strong>{t('batchOf', { date: new Date(batch.createdAt).toLocaleString(language) })}</strong>
              <progress value={batch.progress} max={1} data-testid="export-batch-progress" />
              <span dir="ltr">{Math.round(batch.progress * 100)}%</span>
            </header>
            <p className="export-folder">
              {t('outputFolder')}:{' '}
              <CopyPath
                path={batch.outputFolder}
                testId="export-folder"
                zipUrl={
                  batch.records.some((record) => record.state === 'succeeded')
                    ? zipUrl?.(batch.batchId)
                    : undefined
                }
              />
            </p>
            {zipUrl !== undefined && (
              <p className="hint" dir="auto" data-testid="export-downloads-hint">
                {t('downloadsHere')}
              </p>
            )}
            <ul className="export-records">
              {batch.records.map((record) => {
                const now = record.jobId ? live.get(record.jobId) : undefined;
                return (
                  <li
                    key={record.id}
                    className={`export-record state-${record.state}`}
                    data-testid="export-record"
                    data-state={record.state}
                    data-preset-id={record.presetId}
                    data-clip-id={record.clipId}
                  >
                    <span className="export-file" dir="auto" data-testid="export-file">
                      {outputName(record)}
                    </span>
                    <span className="hint" dir="auto">
                      {titleOf(record.clipId)} · {record.presetId}
                    </span>
                    <span className="export-state">{t(`exportState_${record.state}`)}</span>
                    {downloadUrl !== undefined && <ExportDownloads record={record} urlOf={downloadUrl} />}
                    {record.sizeBytes !== undefined && (
                      <span dir="ltr" data-testid="export-size">
                        {formatBytes(record.sizeBytes)}
                      </span>
                    )}
                    {record.state === 'running' && now?.etaMs !== undefined && (
                      <span className="hint" data-testid="export-eta">
                        {appT('timeLeft', { time: formatDurationMs(now.etaMs) })}
                      </span>
                    )}
                    {record.state === 'interrupted' && (
                      <p className="hint" dir="auto" data-testid="export-interrupted">
                        {t('exportInterruptedHint')}
                      </p>
                    )}
                    <RetryExport record={record} onRetried={refresh} />
                    {record.error && record.state === 'failed' && (
                      <div className="job-error" data-testid="export-record-error">
                        <EngineErrorText info={record.error} />
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          </article>
        ))
      )}
    </section>
  );
}
