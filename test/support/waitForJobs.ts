import { finishedJobStates, type JobSnapshot } from '../../shared/model/jobs';
import type { Engine } from '../../electron/engine/types';

/** Resolves with the final snapshot of each job, in the order given. */
export function waitForJobs(engine: Engine, jobIds: string[]): Promise<JobSnapshot[]> {
  return new Promise((resolve) => {
    const finished = new Map<string, JobSnapshot>();
    const check = () => {
      if (jobIds.every((id) => finished.has(id))) {
        unsubscribe();
        resolve(jobIds.map((id) => finished.get(id) as JobSnapshot));
      }
    };
    const unsubscribe = engine.events.on('jobs.event', (job) => {
      if (finishedJobStates.includes(job.state)) finished.set(job.id, job);
      check();
    });
    void engine.api['jobs.list']({}).then((jobs) => {
      for (const job of jobs) if (finishedJobStates.includes(job.state)) finished.set(job.id, job);
      check();
    });
  });
}
