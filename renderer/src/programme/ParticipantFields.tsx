import { ageBands, consentScopes, genders, participantRoles } from '../../../shared/model/programme';
import { FilePicker } from '../components/FilePicker';
import type { ParticipantField } from './engineError';
import { Field, type FieldControlProps } from './Field';
import { useProgrammeT } from './i18n/useProgrammeT';
import { ageKey, genderKey, roleKey, scopeKey } from './labels';
import type { ParticipantForm } from './participantForm';
import { TagInput } from './TagInput';

interface Props {
  form: ParticipantForm;
  set<F extends keyof ParticipantForm>(field: F, value: ParticipantForm[F]): void;
  onScan(file: File | undefined): void;
  /** The field the engine's refusal is about: marked invalid. */
  invalid: ParticipantField | undefined;
}

/** The fields of the add and edit forms: who they are, then their consent. */
export function ParticipantFields({ form, set, onScan, invalid }: Props) {
  const t = useProgrammeT();
  const mark = (control: FieldControlProps, field: ParticipantField) => ({
    ...control,
    'aria-invalid': invalid === field,
  });
  return (
    <>
      <div className="pg-grid">
        <Field label={t('name')} className="wide">
          {(control) => (
            <input
              {...mark(control, 'name')}
              dir="auto"
              data-testid="participant-name"
              value={form.name}
              onChange={(event) => set('name', event.target.value)}
            />
          )}
        </Field>
        <Field label={t('gender')}>
          {(control) => (
            <select
              {...control}
              data-testid="participant-gender"
              value={form.gender}
              onChange={(event) => set('gender', event.target.value as ParticipantForm['gender'])}
            >
              {genders.map((gender) => (
                <option key={gender} value={gender}>
                  {t(genderKey(gender))}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('ageBand')}>
          {(control) => (
            <select
              {...control}
              data-testid="participant-age"
              value={form.ageBand}
              onChange={(event) => set('ageBand', event.target.value as ParticipantForm['ageBand'])}
            >
              <option value="">{t('age_not-stated')}</option>
              {ageBands.map((band) => (
                <option key={band} value={band}>
                  {t(ageKey(band))}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('organisation')}>
          {(control) => (
            <input
              {...control}
              dir="auto"
              data-testid="participant-organisation"
              value={form.organisation}
              onChange={(event) => set('organisation', event.target.value)}
            />
          )}
        </Field>
        <Field label={t('role')}>
          {(control) => (
            <select
              {...control}
              data-testid="participant-role"
              value={form.role}
              onChange={(event) => set('role', event.target.value as ParticipantForm['role'])}
            >
              {participantRoles.map((role) => (
                <option key={role} value={role}>
                  {t(roleKey(role))}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('languages')}>
          {(control) => (
            <TagInput
              control={control}
              testId="participant-languages"
              values={form.languages}
              onChange={(values) => set('languages', values)}
            />
          )}
        </Field>
        <Field label={t('participantNotes')} className="wide">
          {(control) => (
            <textarea
              {...control}
              dir="auto"
              rows={2}
              data-testid="participant-notes"
              value={form.notes}
              onChange={(event) => set('notes', event.target.value)}
            />
          )}
        </Field>
      </div>
      <fieldset className="pg-consent">
        <legend>{t('consent')}</legend>
        <div className="pg-grid">
          <Field label={t('consentScope')}>
            {(control) => (
              <select
                {...control}
                data-testid="participant-scope"
                value={form.scope}
                onChange={(event) => set('scope', event.target.value as ParticipantForm['scope'])}
              >
                {consentScopes.map((scope) => (
                  <option key={scope} value={scope}>
                    {t(scopeKey(scope))}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('consentDate')}>
            {(control) => (
              <input
                {...mark(control, 'consentDate')}
                type="date"
                data-testid="participant-consent-date"
                value={form.consentDate}
                onChange={(event) => set('consentDate', event.target.value)}
              />
            )}
          </Field>
          <Field label={t('formRef')}>
            {(control) => (
              <input
                {...control}
                dir="auto"
                data-testid="participant-form-ref"
                value={form.formRef}
                onChange={(event) => set('formRef', event.target.value)}
              />
            )}
          </Field>
          <Field label={t('scan')}>
            {(control) => (
              <FilePicker
                {...mark(control, 'scan')}
                accept="image/*,application/pdf"
                testId="participant-scan"
                onFile={onScan}
              />
            )}
          </Field>
        </div>
      </fieldset>
    </>
  );
}
