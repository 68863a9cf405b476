import { useEffect, useState } from 'react';
import { formatDurationMs } from '../../../shared/format/duration';
import { elapsedMsOf, jobOutcome } from '../../../shared/jobs/jobOutcome';
import { roughDuration } from '../../../shared/jobs/roughDuration';
import type { JobSnapshot } from '../../../shared/model/jobs';
import { canCancel, canRetry } from '../hooks/jobList';
import { useI18n } from '../i18n/I18nContext';
import type { Translate } from '../i18n/translate';
import { errorText, jobStepText, jobTitleText } from '../i18n/engineText';
import { AlreadyImportedNote } from './AlreadyImportedNote';

interface Props {
  job: JobSnapshot;
  onCancel(): void;
  onRetry(): void;
}

export function JobItem({ job, onCancel, onRetry }: Props) {
  const { t, language } = useI18n();
  const title = jobTitleText(t, language, job);
  const step = jobStepText(t, language, job);
  const error = job.error ? errorText(t, language, job.error) : undefined;
  const percent = Math.round(job.progress * 100);
  const active = canCancel(job);
  const outcome = jobOutcome(job);
  const elapsedMs = useElapsedMs(job, active && job.etaMs === undefined);
  return (
    <li
      className={`job-item state-${job.state}${outcome === 'no-speech' ? ' outcome-warning' : ''}`}
      data-outcome={outcome}
      data-testid="job-item"
      data-job-id={job.id}
      data-state={job.state}
    >
      <div className="job-head">
        <span className="job-label">{title}</span>
        <span className="job-state">
          {outcome === 'no-speech' ? t('jobNoSpeech') : t(`state_${job.state}`)}
        </span>
      </div>
      {step && active && <div className="job-step">{step}</div>}
      <div className="job-progress-row">
        <progress data-testid="job-progress" value={job.progress} max={1} aria-label={title} />
        <span className="job-percent" dir="ltr">
          {percent}%
        </span>
        {active && job.etaMs !== undefined && (
          <span className="job-eta" data-testid="job-eta" data-eta-ms={job.etaMs}>
            {job.kind === 'transcribe'
              ? roughTimeLeft(t, job.etaMs)
              : t('timeLeft', { time: formatDurationMs(job.etaMs) })}
          </span>
        )}
        {elapsedMs !== undefined && (
          <span className="job-eta" data-testid="job-elapsed">
            {t('jobEstimating', { time: formatDurationMs(elapsedMs) })}
          </span>
        )}
      </div>
      {outcome === 'no-speech' && (
        <p className="hint" dir="auto" data-testid="job-no-speech">
          {t('noSpeechHint')}
        </p>
      )}
      {job.error && error && job.state === 'failed' && (
        <div className="job-error" data-testid="job-error" data-code={job.error.code}>
          <p>{error.message}</p>
          <p className="hint">{error.hint}</p>
          {job.error.details && (
            <details>
              <summary>{t('details')}</summary>
              <pre dir="ltr">{job.error.details}</pre>
            </details>
          )}
        </div>
      )}
      {job.outcome?.kind === 'already-imported' && <AlreadyImportedNote outcome={job.outcome} />}
      <div className="job-actions">
        {active && (
          <button type="button" data-testid="job-cancel" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
        {canRetry(job) && (
          <button type="button" data-testid="job-retry" onClick={onRetry}>
            {t('retry')}
          </button>
        )}
      </div>
    </li>
  );
}

/** A transcription's time left as people say it: "about 3 min left" (its estimate is rough). */
function roughTimeLeft(t: Translate, etaMs: number): string {
  const rough = roughDuration(etaMs);
  if (rough.unit === 'under-minute') return t('etaUnderMinute');
  return t(rough.unit === 'minutes' ? 'etaMinutes' : 'etaHours', { count: rough.count });
}

/** While a running job has no estimate yet: how long it has run, ticking every second. */
function useElapsedMs(job: JobSnapshot, wanted: boolean): number | undefined {
  const [nowMs, setNowMs] = useState(() => Date.now());
  useEffect(() => {
    if (!wanted) return;
    const timer = window.setInterval(() => setNowMs(Date.now()), 1_000);
    return () => window.clearInterval(timer);
  }, [wanted]);
  return wanted && job.state === 'running' ? elapsedMsOf(job, nowMs) : undefined;
}
