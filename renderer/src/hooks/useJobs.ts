import { useCallback, useEffect, useState } from 'react';
import type { JobSnapshot } from '../../../shared/model/jobs';
import { useClient } from '../api/ClientContext';
import { useReport } from './ErrorsContext';
import { sortJobs, upsertJob } from './jobList';
import { useReconnect } from './useReconnect';

export interface JobsState {
  jobs: readonly JobSnapshot[];
  cancel(jobId: string): void;
  retry(jobId: string): void;
  clearFinished(): void;
}

/** The job queue: listed once, then kept live by `jobs.event`. */
export function useJobs(): JobsState {
  const { api, events } = useClient();
  const report = useReport();
  const [jobs, setJobs] = useState<readonly JobSnapshot[]>([]);

  const reload = useCallback(() => {
    api['jobs.list']({}).then((list) => setJobs(sortJobs(list)), report);
  }, [api, report]);

  useEffect(() => {
    reload();
    return events.on('jobs.event', (job) => setJobs((list) => upsertJob(list, job)));
  }, [events, reload]);
  useReconnect(reload);

  return {
    jobs,
    cancel: (jobId) => void api['jobs.cancel']({ jobId }).catch(report),
    retry: (jobId) => void api['jobs.retry']({ jobId }).catch(report),
    clearFinished: () => void api['jobs.clearFinished']({}).then(reload, report),
  };
}
