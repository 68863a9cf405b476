import { useState } from 'react';
import type { BackupInfo } from '../../../shared/model/session';
import { useClient } from '../api/ClientContext';
import { useReport } from './ErrorsContext';

export interface BackupsState {
  backups: readonly BackupInfo[] | undefined;
  load(): void;
  restore(backupName: string): void;
  restoring: boolean;
}

/** Backups of an unreadable session, and restoring one of them. */
export function useBackups(sessionId: string, onRestored: () => void): BackupsState {
  const { api } = useClient();
  const report = useReport();
  const [backups, setBackups] = useState<readonly BackupInfo[] | undefined>(undefined);
  const [restoring, setRestoring] = useState(false);
  return {
    backups,
    restoring,
    load: () => void api['sessions.backups']({ sessionId }).then(setBackups, report),
    restore(backupName) {
      setRestoring(true);
      api['sessions.restoreBackup']({ sessionId, backupName })
        .then(onRestored, report)
        .finally(() => setRestoring(false));
    },
  };
}
