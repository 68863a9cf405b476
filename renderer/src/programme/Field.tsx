import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { errorText } from '../i18n/engineText';
import type { FieldError } from './engineError';

export interface FieldControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

interface Props {
  label: string;
  error?: FieldError | undefined;
  className?: string;
  testId?: string;
  children(control: FieldControlProps): ReactNode;
}

/** A labelled control with the engine's refusal (message and hint) right below it. */
export function Field({ label, error, className, testId, children }: Props) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={className ? `pg-field ${className}` : 'pg-field'} data-testid={testId}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error !== undefined, 'aria-describedby': error ? errorId : undefined })}
      {error && <FieldErrorText id={errorId} error={error} />}
    </div>
  );
}

export function FieldErrorText({ id, error, testId }: { id?: string; error: FieldError; testId?: string }) {
  const { t, language } = useI18n();
  const text = errorText(t, language, error);
  return (
    <div className="pg-error" id={id} role="alert" data-testid={testId ?? 'field-error'}>
      <p className="pg-error-message">{text.message}</p>
      {text.hint !== '' && <p className="hint">{text.hint}</p>}
    </div>
  );
}
