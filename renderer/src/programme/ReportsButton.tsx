import { useProgrammeT } from './i18n/useProgrammeT';
import { useProgrammeNav } from './ProgrammeNav';

/** The header's way to the programme report. */
export function ReportsButton() {
  const t = useProgrammeT();
  const { openReports } = useProgrammeNav();
  return (
    <button type="button" className="reports-button" data-testid="reports-button" onClick={openReports}>
      {t('reports')}
    </button>
  );
}
