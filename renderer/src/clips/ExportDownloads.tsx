import type { ExportJobRecord } from '../../../shared/model/clips';
import { exportDownloadFiles } from '../../../shared/export/downloads';
import { fileNameOf } from './exportPlan';
import { useClipsT } from './i18n/useClipsT';

/** Browser mode: a download link for each file of a finished export (the video, then its sidecars). */
export function ExportDownloads({
  record,
  urlOf,
}: {
  record: ExportJobRecord;
  urlOf: (batchId: string, recordId: string, index: number) => string;
}) {
  const t = useClipsT();
  const files = exportDownloadFiles(record);
  if (files.length === 0) return null;
  return (
    <span className="export-downloads">
      {files.map((file, index) => {
        const name = fileNameOf(file);
        return (
          <a
            key={file}
            className="button quiet"
            href={urlOf(record.batchId, record.id, index)}
            download={name}
            data-testid={index === 0 ? 'export-download' : 'export-download-sidecar'}
            title={t('downloadSidecar', { name })}
          >
            {index === 0 ? t('download') : name.slice(name.lastIndexOf('.') + 1).toUpperCase()}
          </a>
        );
      })}
    </span>
  );
}
