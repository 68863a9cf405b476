import { ExportLibrary } from '../export/stores';
import { sweepLeftFolders, workspaceJobParents, type SweepResult } from './jobFolders';

/**
 * At engine start: removes job folders (media imports, transcriptions, exports in every export folder the
 * queue names) and Guftagu's OS temp folders whose owner process has ended (a kill -9, a crash). Each
 * removal and failure goes to the log; a failure only means less is tidied.
 */
export async function sweepWorkspaceLeftovers(
  workspacePath: string,
  log: (line: string) => void,
): Promise<SweepResult> {
  const { parents, mediaFolders } = await workspaceJobParents(workspacePath);
  const exportFolders = await new ExportLibrary(workspacePath)
    .records()
    .then((records) => records.map((record) => record.outputFolder))
    .catch((error: unknown) => {
      log(`left-over job folders: the export queue could not be read: ${String(error)}`);
      return [];
    });
  const result = await sweepLeftFolders([...parents, ...exportFolders], { removeEmptyParents: mediaFolders });
  for (const folder of result.removed) log(`removed the left-over job folder ${folder}`);
  for (const { folder, reason } of result.failed)
    log(`could not remove the left-over job folder ${folder}: ${reason}`);
  return result;
}
