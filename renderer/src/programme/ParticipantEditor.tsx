import { useState, type FormEvent } from 'react';
import { useT } from '../i18n/I18nContext';
import { participantFieldOf, type FieldError } from './engineError';
import { FieldErrorText } from './Field';
import { useProgrammeT } from './i18n/useProgrammeT';
import { ParticipantFields } from './ParticipantFields';
import type { ParticipantForm } from './participantForm';

interface Props {
  initial: ParticipantForm;
  submitLabel: string;
  busyLabel: string;
  testId: string;
  /** Resolves to the engine's refusal, or undefined when saved. */
  onSubmit(form: ParticipantForm, scan: File | undefined): Promise<FieldError | undefined>;
  /** After a successful add the form starts again empty, ready for the next person. */
  resetTo?: () => ParticipantForm;
  onCancel?(): void;
}

/** The add or edit form. The engine checks everything (a name, no duplicate, no future date) and says why. */
export function ParticipantEditor({
  initial,
  submitLabel,
  busyLabel,
  testId,
  onSubmit,
  resetTo,
  onCancel,
}: Props) {
  const t = useProgrammeT();
  const app = useT();
  const [form, setForm] = useState(initial);
  const [scan, setScan] = useState<File | undefined>(undefined);
  const [scanKey, setScanKey] = useState(0);
  const [error, setError] = useState<FieldError | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const failure = await onSubmit(form, scan);
    setBusy(false);
    setError(failure);
    if (!failure && resetTo) {
      setForm(resetTo());
      setScan(undefined);
      setScanKey((key) => key + 1);
    }
  };

  return (
    <form className="pg-form participant-form" data-testid={testId} onSubmit={(event) => void submit(event)}>
      <ParticipantFields
        key={scanKey}
        form={form}
        set={(field, value) => {
          setForm((current) => ({ ...current, [field]: value }));
          // The refusal was about this field: typing in it answers it, so it goes (the engine checks again).
          if (error && participantFieldOf(error) === field) setError(undefined);
        }}
        onScan={setScan}
        invalid={error ? participantFieldOf(error) : undefined}
      />
      {error && <FieldErrorText error={error} testId="participant-error" />}
      <div className="form-actions">
        <button type="submit" className="primary" data-testid={`${testId}-submit`} disabled={busy}>
          {busy ? (scan ? t('uploadingScan') : busyLabel) : submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {app('cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
