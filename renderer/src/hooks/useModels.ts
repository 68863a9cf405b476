import { useCallback, useEffect, useMemo, useState } from 'react';
import { finishedJobStates } from '../../../shared/model/jobs';
import type { InstalledModel } from '../../../shared/model/whisperModels';
import { useClient } from '../api/ClientContext';
import type { ModelsList } from '../transcription/modelChoice';
import { useReport } from './ErrorsContext';
import { useReconnect } from './useReconnect';
import { useRefreshable } from './useRefreshable';

/** The name and languages a person gives a model they import. */
export interface ModelDetails {
  displayName?: string;
  languages?: string[];
}

export interface ModelsState {
  /** Undefined until loaded. */
  list: ModelsList | undefined;
  refresh(): void;
  /** Catalogue ids whose download job is queued or running. */
  downloading: ReadonlySet<string>;
  /** Starts a download (or resumes a partial one) as a job. */
  download(id: string): void;
  /** `onError` replaces the app's error banner (which a modal dialog covers). */
  importFile(
    path: string,
    details?: ModelDetails,
    onError?: (error: unknown) => void,
  ): Promise<InstalledModel | undefined>;
  /** Renames an imported model or changes its languages; true when saved. */
  update(id: string, details: ModelDetails, onError?: (error: unknown) => void): Promise<boolean>;
  remove(id: string): Promise<boolean>;
  dialogOpen: boolean;
  openDialog(): void;
  closeDialog(): void;
}

/** Installed, partial and downloadable whisper models; reloaded when a download job ends. */
export function useModels(): ModelsState {
  const { api, events } = useClient();
  const report = useReport();
  const { data, refresh } = useRefreshable('models', () => api['models.list']({}));
  /** Download job id → catalogue id. */
  const [jobs, setJobs] = useState<ReadonlyMap<string, string>>(new Map());
  const [dialogOpen, setDialogOpen] = useState(false);

  useEffect(
    () =>
      events.on('jobs.event', (job) => {
        if (job.kind !== 'model-download' || !finishedJobStates.includes(job.state)) return;
        setJobs((current) => {
          if (!current.has(job.id)) return current;
          const next = new Map(current);
          next.delete(job.id);
          return next;
        });
        refresh();
      }),
    [events, refresh],
  );
  useReconnect(refresh);

  const download = useCallback(
    (id: string) => {
      api['models.download']({ id }).then(
        ({ jobId }) => setJobs((current) => new Map(current).set(jobId, id)),
        report,
      );
    },
    [api, report],
  );
  const importFile = useCallback(
    async (path: string, details: ModelDetails = {}, onError?: (error: unknown) => void) => {
      try {
        const model = await api['models.import']({ path, ...details });
        refresh();
        return model;
      } catch (error) {
        (onError ?? report)(error);
        return undefined;
      }
    },
    [api, refresh, report],
  );
  const update = useCallback(
    async (id: string, details: ModelDetails, onError?: (error: unknown) => void) => {
      try {
        await api['models.update']({ id, ...details });
        refresh();
        return true;
      } catch (error) {
        (onError ?? report)(error);
        return false;
      }
    },
    [api, refresh, report],
  );
  const remove = useCallback(
    async (id: string) => {
      try {
        await api['models.remove']({ id });
        refresh();
        return true;
      } catch (error) {
        report(error);
        return false;
      }
    },
    [api, refresh, report],
  );
  const downloading = useMemo(() => new Set(jobs.values()), [jobs]);

  return {
    list: data,
    refresh,
    downloading,
    download,
    importFile,
    update,
    remove,
    dialogOpen,
    openDialog: useCallback(() => setDialogOpen(true), []),
    closeDialog: useCallback(() => setDialogOpen(false), []),
  };
}
