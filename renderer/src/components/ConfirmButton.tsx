import { useState } from 'react';
import { useT } from '../i18n/I18nContext';

interface Props {
  /** The button's text, and the confirming one's. */
  label: string;
  /** The "are you sure" shown (and announced) while confirming. */
  question: string;
  /** The button's test id; the confirming button gets `${testId}-confirm`. */
  testId: string;
  className: string;
  onConfirm(): Promise<unknown>;
}

/** A destructive action with an inline "are you sure" (confirm or keep) instead of a blocking dialog. */
export function ConfirmButton({ label, question, testId, className, onConfirm }: Props) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const [running, setRunning] = useState(false);

  if (!confirming) {
    return (
      <button type="button" className={className} data-testid={testId} onClick={() => setConfirming(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={question}>
      <span>{question}</span>
      <button
        type="button"
        className="danger"
        data-testid={`${testId}-confirm`}
        disabled={running}
        autoFocus
        onClick={() => {
          setRunning(true);
          void onConfirm().finally(() => setRunning(false));
        }}
      >
        {label}
      </button>
      <button type="button" onClick={() => setConfirming(false)}>
        {t('keep')}
      </button>
    </div>
  );
}
