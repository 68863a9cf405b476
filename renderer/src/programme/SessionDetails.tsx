import { useState } from 'react';
import { sessionTypes } from '../../../shared/model/programme';
import type { Session } from '../../../shared/model/session';
import { Field } from './Field';
import { useProgrammeT } from './i18n/useProgrammeT';
import { typeKey } from './labels';
import type { ListField, TextField } from './metadataForm';
import { SaveStatusText } from './SaveStatusText';
import { TagInput } from './TagInput';
import { useMetadataAutosave } from './useMetadataAutosave';
import './programme.css';

const textInputs: ReadonlyArray<{ field: Exclude<TextField, 'date' | 'link'>; type: 'text' }> = [
  { field: 'venue', type: 'text' },
  { field: 'city', type: 'text' },
  { field: 'organiser', type: 'text' },
  { field: 'campaign', type: 'text' },
];
const tagInputs: readonly ListField[] = ['partners', 'hashtags', 'topics', 'languages'];

/**
 * The session's event details for programme reports, collapsible. Saved a second after typing stops or
 * when a field loses focus; the engine's refusals (a future date, a link that is not one) sit beside the
 * field. Mount one per session (key).
 */
export function SessionDetails({ session }: { session: Session }) {
  const t = useProgrammeT();
  const { form, status, errors, set, flush } = useMetadataAutosave(session.id, session.metadata);
  const [open, setOpen] = useState(
    session.metadata.type === undefined && session.metadata.date === undefined,
  );

  return (
    <details
      className="pg-panel session-details"
      data-testid="session-details"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary data-testid="session-details-toggle">
        <h3>{t('details')}</h3>
        <SaveStatusText status={status} testId="details-status" />
      </summary>
      <div className="pg-grid">
        <Field label={t('sessionType')} error={errors.type}>
          {(control) => (
            <select
              {...control}
              data-testid="meta-type"
              value={form.type}
              onChange={(event) => set('type', event.target.value as (typeof sessionTypes)[number] | '')}
              onBlur={flush}
            >
              <option value="">{t('notSet')}</option>
              {sessionTypes.map((type) => (
                <option key={type} value={type}>
                  {t(typeKey(type))}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('date')} error={errors.date}>
          {(control) => (
            <input
              {...control}
              type="date"
              data-testid="meta-date"
              value={form.date}
              onChange={(event) => set('date', event.target.value)}
              onBlur={flush}
            />
          )}
        </Field>
        {textInputs.map(({ field, type }) => (
          <Field key={field} label={t(field)} error={errors[field]}>
            {(control) => (
              <input
                {...control}
                type={type}
                dir="auto"
                data-testid={`meta-${field}`}
                value={form[field]}
                onChange={(event) => set(field, event.target.value)}
                onBlur={flush}
              />
            )}
          </Field>
        ))}
        {tagInputs.map((field) => (
          <Field key={field} label={t(field)} error={errors[field]}>
            {(control) => (
              <TagInput
                control={control}
                testId={`meta-${field}`}
                values={form[field]}
                onChange={(values) => set(field, values)}
                onBlur={flush}
              />
            )}
          </Field>
        ))}
        <Field label={t('link')} error={errors.link} className="wide">
          {(control) => (
            <input
              {...control}
              type="url"
              dir="ltr"
              data-testid="meta-link"
              value={form.link}
              placeholder="https://"
              onChange={(event) => set('link', event.target.value)}
              onBlur={flush}
            />
          )}
        </Field>
      </div>
    </details>
  );
}
