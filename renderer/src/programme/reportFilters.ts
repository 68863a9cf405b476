import type { SessionType } from '../../../shared/model/programme';
import type { ReportFilters } from '../../../shared/programme/schemas';

/** The report filters as the form holds them; '' = no filter. */
export interface FilterForm {
  from: string;
  to: string;
  campaign: string;
  sessionType: SessionType | '';
}

export const emptyFilterForm = (): FilterForm => ({ from: '', to: '', campaign: '', sessionType: '' });

/** The reports.get / reports.csv request: empty fields left out, the campaign trimmed. */
export function filtersToRequest(form: FilterForm): ReportFilters {
  const campaign = form.campaign.trim();
  return {
    ...(form.from === '' ? {} : { from: form.from }),
    ...(form.to === '' ? {} : { to: form.to }),
    ...(campaign === '' ? {} : { campaign }),
    ...(form.sessionType === '' ? {} : { sessionType: form.sessionType }),
  };
}
