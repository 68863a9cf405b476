import { useEditorT } from './i18n/useEditorT';

export interface ImportReport {
  fileName: string;
  repairs: readonly { line: number; problem: string; fix: string }[];
}

/** What a lenient import repaired, line by line, to check against the file; dismissed when read. */
export function ImportRepairs({ report, onDismiss }: { report: ImportReport; onDismiss(): void }) {
  const t = useEditorT();
  return (
    <section className="import-repairs" data-testid="import-repairs" aria-labelledby="import-repairs-title">
      <header>
        <h3 id="import-repairs-title">
          {t('repairsTitle', { count: report.repairs.length, file: `\u2068${report.fileName}\u2069` })}
        </h3>
        <button type="button" data-testid="import-repairs-dismiss" onClick={onDismiss}>
          {t('dismiss')}
        </button>
      </header>
      <div className="import-repairs-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('repairLine')}</th>
              <th scope="col">{t('repairProblem')}</th>
              <th scope="col">{t('repairFix')}</th>
            </tr>
          </thead>
          <tbody>
            {report.repairs.map((repair, index) => (
              <tr key={index} data-testid="import-repair" data-line={repair.line}>
                <td dir="ltr">{repair.line}</td>
                <td dir="auto">{repair.problem}</td>
                <td dir="auto">{repair.fix}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
