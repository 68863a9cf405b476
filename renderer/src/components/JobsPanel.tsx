import { finishedJobStates } from '../../../shared/model/jobs';
import { useJobs } from '../hooks/useJobs';
import { useT } from '../i18n/I18nContext';
import { JobItem } from './JobItem';

/** All jobs, live. */
export function JobsPanel() {
  const t = useT();
  const { jobs, cancel, retry, clearFinished } = useJobs();
  const anyFinished = jobs.some((job) => finishedJobStates.includes(job.state));
  return (
    <aside className="jobs-panel" data-testid="jobs-panel" aria-labelledby="jobs-heading">
      <div className="panel-head">
        <h2 id="jobs-heading">{t('jobs')}</h2>
        <button
          type="button"
          className="quiet"
          data-testid="jobs-clear"
          disabled={!anyFinished}
          onClick={clearFinished}
        >
          {t('clearFinished')}
        </button>
      </div>
      {jobs.length === 0 ? (
        <p className="empty">{t('noJobs')}</p>
      ) : (
        <ul className="job-list">
          {jobs.map((job) => (
            <JobItem key={job.id} job={job} onCancel={() => cancel(job.id)} onRetry={() => retry(job.id)} />
          ))}
        </ul>
      )}
    </aside>
  );
}
