import { useState } from 'react';
import { sessionTypes } from '../../../shared/model/programme';
import { Field } from './Field';
import { useProgrammeT } from './i18n/useProgrammeT';
import { typeKey } from './labels';
import { emptyFilterForm, type FilterForm } from './reportFilters';

interface Props {
  onApply(form: FilterForm): void;
}

/** From, to, campaign and type of session; "Show" applies them. */
export function ReportFiltersForm({ onApply }: Props) {
  const t = useProgrammeT();
  const [form, setForm] = useState(emptyFilterForm);
  const set = <F extends keyof FilterForm>(field: F, value: FilterForm[F]) =>
    setForm((current) => ({ ...current, [field]: value }));

  return (
    <form
      className="report-filters no-print"
      data-testid="report-filters"
      onSubmit={(event) => {
        event.preventDefault();
        onApply(form);
      }}
    >
      <Field label={t('from')}>
        {(control) => (
          <input
            {...control}
            type="date"
            data-testid="filter-from"
            value={form.from}
            onChange={(event) => set('from', event.target.value)}
          />
        )}
      </Field>
      <Field label={t('to')}>
        {(control) => (
          <input
            {...control}
            type="date"
            data-testid="filter-to"
            value={form.to}
            onChange={(event) => set('to', event.target.value)}
          />
        )}
      </Field>
      <Field label={t('campaign')}>
        {(control) => (
          <input
            {...control}
            dir="auto"
            data-testid="filter-campaign"
            value={form.campaign}
            onChange={(event) => set('campaign', event.target.value)}
          />
        )}
      </Field>
      <Field label={t('sessionType')}>
        {(control) => (
          <select
            {...control}
            data-testid="filter-type"
            value={form.sessionType}
            onChange={(event) => set('sessionType', event.target.value as FilterForm['sessionType'])}
          >
            <option value="">{t('anyType')}</option>
            {sessionTypes.map((type) => (
              <option key={type} value={type}>
                {t(typeKey(type))}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="primary" data-testid="filter-apply">
          {t('showReport')}
        </button>
        <button
          type="button"
          data-testid="filter-clear"
          onClick={() => {
            setForm(emptyFilterForm());
            onApply(emptyFilterForm());
          }}
        >
          {t('clearFilters')}
        </button>
      </div>
    </form>
  );
}
