import type { ExportJobRecord } from '../model/clips';

/** The files of one finished export a person can download, in order: the video, then its sidecars. */
export function exportDownloadFiles(
  record: Pick<ExportJobRecord, 'state' | 'outputPath' | 'sidecarPaths'>,
): string[] {
  if (record.state !== 'succeeded' || record.outputPath === undefined) return [];
  return [record.outputPath, ...record.sidecarPaths];
}

/** The name a batch's zip is saved under. */
export const zipNameOf = (batchId: string): string => `guftagu-export-${batchId.replace(/[^\w-]/g, '_')}.zip`;

/** Browser mode: the address of one export's file (`index` into exportDownloadFiles) and of a batch's zip. */
export const downloadPath = (batchId: string, recordId: string, index: number): string =>
  `/download/${encodeURIComponent(batchId)}/${encodeURIComponent(recordId)}/${index}`;
export const zipPath = (batchId: string): string => `/zip/${encodeURIComponent(batchId)}`;
