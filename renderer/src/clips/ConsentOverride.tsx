import { useId, useState } from 'react';
import { MIN_OVERRIDE_REASON_LENGTH, overrideReasonProblem } from '../../../shared/programme/consent';
import { consentText } from './consentText';
import type { ConsentBlock } from './exportPlan';
import { useErrorText } from '../i18n/useErrorText';
import { useClipsT } from './i18n/useClipsT';

interface Props {
  block: ConsentBlock;
  clipTitle: string;
  speaker: string | undefined;
  overridden: boolean;
  onOverride(participantId: string, reason: string): Promise<void>;
}

/**
 * A consent refusal, worded from the plan's code, then "Override…", which asks for a written reason (as
 * long as shared/programme/consent.ts asks) and records it with consent.override.
 */
export function ConsentOverride({ block, clipTitle, speaker, overridden, onOverride }: Props) {
  const t = useClipsT();
  const wordError = useErrorText();
  const id = useId();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const tooShort = overrideReasonProblem(reason) !== undefined;

  return (
    <li
      className={overridden ? 'export-warning consent overridden' : 'export-warning consent'}
      data-testid="consent-block"
      data-clip-id={block.clipId}
      data-participant-id={block.participantId}
      data-overridden={overridden ? 'true' : 'false'}
    >
      <p>
        <strong>{t('consentRefused')}</strong> · <bdi>{clipTitle}</bdi>
        {speaker && (
          <>
            {' '}
            · <bdi>{speaker}</bdi>
          </>
        )}
      </p>
      <p data-testid="consent-message">{consentText(t, block)}</p>
      {overridden ? (
        <p className="ok" role="status" data-testid="override-recorded">
          {t('overrideRecorded')}
        </p>
      ) : !asking ? (
        <button
          type="button"
          data-testid="override-open"
          disabled={!block.participantId}
          onClick={() => setAsking(true)}
        >
          {t('override')}
        </button>
      ) : (
        <div className="override-form">
          <label htmlFor={`${id}-reason`}>{t('overrideReason', { count: MIN_OVERRIDE_REASON_LENGTH })}</label>
          <textarea
            id={`${id}-reason`}
            dir="auto"
            rows={2}
            data-testid="override-reason"
            value={reason}
            aria-invalid={reason !== '' && tooShort ? 'true' : undefined}
            onChange={(event) => setReason(event.target.value)}
          />
          {reason !== '' && tooShort && (
            <p className="hint" data-testid="override-too-short">
              {t('reasonTooShort', { count: MIN_OVERRIDE_REASON_LENGTH })}
            </p>
          )}
          {error && (
            <p className="clip-error" role="alert" dir="auto" data-testid="override-error">
              {error}
            </p>
          )}
          <div className="dialog-actions">
            <button
              type="button"
              className="danger"
              data-testid="override-confirm"
              disabled={tooShort || busy || !block.participantId}
              onClick={() => {
                if (!block.participantId) return;
                setBusy(true);
                setError(undefined);
                onOverride(block.participantId, reason)
                  .catch((caught: unknown) => {
                    const info = wordError(caught);
                    setError(`${info.message} ${info.hint}`);
                  })
                  .finally(() => setBusy(false));
              }}
            >
              {t('overrideConfirm')}
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
