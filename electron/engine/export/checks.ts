import { DEFAULT_FILE_NAME_TEMPLATE, type ExportWarning } from '../../../shared/model/clips';
import { planExport } from '../../../shared/export/planExport';
import { readExportSnapshot, type SnapshotSources } from './exportSnapshot';

/** export.check: the warnings of the export's plan (limits, clips beyond their media, captions, consent). */
export async function checkExport(
  sources: SnapshotSources,
  request: { sessionId: string; clipIds: readonly string[]; presetIds: readonly string[] },
): Promise<ExportWarning[]> {
  const { snapshot } = await readExportSnapshot(sources, {
    ...request,
    fileNameTemplate: DEFAULT_FILE_NAME_TEMPLATE,
  });
  return planExport(snapshot).warnings;
}
