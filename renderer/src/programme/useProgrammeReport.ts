import { useEffect, useState } from 'react';
import type { ProgrammeReport, ReportFilters } from '../../../shared/programme/schemas';
import { useClient } from '../api/ClientContext';
import { fieldError, type FieldError } from './engineError';

export interface ReportState {
  report: ProgrammeReport | undefined;
  error: FieldError | undefined;
  loading: boolean;
}

/** reports.get for the applied filters; a slow answer to older filters never replaces a newer one. */
export function useProgrammeReport(filters: ReportFilters): ReportState {
  const { api } = useClient();
  const key = JSON.stringify(filters);
  const [state, setState] = useState<{ key: string; report?: ProgrammeReport; error?: FieldError }>({
    key: '',
  });
  useEffect(() => {
    let current = true;
    api['reports.get'](JSON.parse(key) as ReportFilters).then(
      (report) => {
        if (current) setState({ key, report });
      },
      (error: unknown) => {
        if (current) setState({ key, error: fieldError(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [api, key]);
  const settled = state.key === key;
  return {
    report: state.report,
    error: settled ? state.error : undefined,
    loading: !settled,
  };
}
