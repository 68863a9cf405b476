import { useCallback } from 'react';
import { useClient } from '../api/ClientContext';
import { useReport } from '../hooks/ErrorsContext';
import type { ImportReport } from './ImportRepairs';
import type { EditorDocument } from './useEditorDocument';
import type { EditorExtras } from './useEditorExtras';

/**
 * "Undo import" in the editor: the engine puts the transcript back as it was before the import (refused,
 * 'locked', once it was edited since), then the editor takes that transcript and drops the import's report.
 */
export function useUndoImport(
  sessionId: string,
  mediaId: string,
  doc: Pick<EditorDocument, 'flush' | 'reload'>,
  extras: Pick<EditorExtras, 'setImportReport'>,
): (report: ImportReport | undefined) => Promise<void> {
  const { api } = useClient();
  const report = useReport();
  const { flush, reload } = doc;
  const { setImportReport } = extras;
  return useCallback(
    async (imported) => {
      if (!imported?.undo) return;
      try {
        await flush();
        await api['subtitles.undoImport']({
          sessionId,
          mediaId,
          importedRevision: imported.undo.importedRevision,
          previous: imported.undo.previous,
        });
        await reload();
        setImportReport(undefined);
      } catch (error) {
        report(error);
      }
    },
    [api, flush, mediaId, reload, report, sessionId, setImportReport],
  );
}
