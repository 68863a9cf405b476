import { useCallback, useState } from 'react';
import { useClient } from '../api/ClientContext';
import type { UploadProgress } from '../api/upload';
import { useReport } from './ErrorsContext';

export interface ImportState {
  /** Browser mode: the file being uploaded now. */
  upload: UploadProgress | undefined;
  busy: boolean;
  importFiles(files: File[]): void;
}

/** Imports picked or dropped files into a session; jobs then report progress in the jobs panel. */
export function useImport(sessionId: string, onStarted: () => void): ImportState {
  const client = useClient();
  const report = useReport();
  const [upload, setUpload] = useState<UploadProgress | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const importFiles = useCallback(
    (files: File[]) => {
      if (files.length === 0) return;
      setBusy(true);
      client
        .importFiles(sessionId, files, setUpload)
        .then(onStarted, report)
        .finally(() => {
          setBusy(false);
          setUpload(undefined);
        });
    },
    [client, onStarted, report, sessionId],
  );
  return { upload, busy, importFiles };
}
