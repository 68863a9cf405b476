import { lazy, Suspense, useEffect, useState } from 'react';
import { useClient } from '../api/ClientContext';
import { downloadText } from '../api/download';
import { useT } from '../i18n/I18nContext';
import { FieldErrorText } from './Field';
import { reportHeading } from './figures';
import { fieldError, type FieldError } from './engineError';
import { useProgrammeT } from './i18n/useProgrammeT';
import { ReportFigures } from './ReportFigures';
import { filtersToRequest } from './reportFilters';
import { ReportFiltersForm } from './ReportFiltersForm';
import { ReportTables } from './ReportTables';
import { useProgrammeReport } from './useProgrammeReport';
import './programme.css';

// The chart library is loaded with the page, not with the app.
const ReportCharts = lazy(() =>
  import('./ReportCharts').then((module) => ({ default: module.ReportCharts })),
);

/** The programme report for donors: filters, figures, charts, CSV export and a clean printout. */
export function ReportsPage({ onClose }: { onClose(): void }) {
  const t = useProgrammeT();
  const app = useT();
  const { api } = useClient();
  const [filters, setFilters] = useState(() =>
    filtersToRequest({ from: '', to: '', campaign: '', sessionType: '' }),
  );
  const { report, error, loading } = useProgrammeReport(filters);
  const [exportError, setExportError] = useState<FieldError | undefined>(undefined);
  const heading = reportHeading(filters, t);

  useEffect(() => {
    const before = document.title;
    document.title = `${app('appName')} — ${heading}`;
    return () => {
      document.title = before;
    };
  }, [app, heading]);

  const exportCsv = async () => {
    try {
      const { csv, fileName } = await api['reports.csv'](filters);
      downloadText(fileName, csv, 'text/csv;charset=utf-8');
      setExportError(undefined);
    } catch (failure) {
      setExportError(fieldError(failure));
    }
  };

  return (
    <main className="reports-page" data-testid="reports-page" aria-busy={loading}>
      <div className="reports-toolbar no-print">
        <button type="button" data-testid="reports-back" onClick={onClose}>
          {t('back')}
        </button>
        <span className="toolbar-gap" />
        <button type="button" data-testid="report-csv" disabled={!report} onClick={() => void exportCsv()}>
          {t('exportCsv')}
        </button>
        <button type="button" data-testid="report-print" disabled={!report} onClick={() => window.print()}>
          {t('print')}
        </button>
      </div>
      <ReportFiltersForm onApply={(form) => setFilters(filtersToRequest(form))} />
      <h2 className="report-heading" data-testid="report-heading" dir="auto">
        {heading}
      </h2>
      {error && <FieldErrorText error={error} testId="report-error" />}
      {exportError && <FieldErrorText error={exportError} testId="report-export-error" />}
      {error ? null : report === undefined ? (
        <p className="empty">{t('preparing')}</p>
      ) : (
        <div className={loading ? 'report stale' : 'report'} data-testid="report">
          <ReportFigures report={report} />
          <Suspense fallback={<p className="empty">{t('preparing')}</p>}>
            <ReportCharts report={report} />
          </Suspense>
          <ReportTables report={report} />
        </div>
      )}
    </main>
  );
}
