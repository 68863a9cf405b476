import type { ProgrammeReport } from '../../../shared/programme/schemas';
import { useProgrammeT } from './i18n/useProgrammeT';
import { typeKey } from './labels';

/** Languages, exports to review, sessions not counted, and the sessions the report covers. */
export function ReportTables({ report }: { report: ProgrammeReport }) {
  const t = useProgrammeT();
  return (
    <>
      <section className="report-section" data-testid="report-languages">
        <h3>{t('languagesHeading')}</h3>
        {report.languages.length === 0 ? (
          <p className="empty">{t('nothingYet')}</p>
        ) : (
          <table className="report-table">
            <thead>
              <tr>
                <th>{t('language')}</th>
                <th>{t('sessionsColumn')}</th>
                <th>{t('participantsColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {report.languages.map((row) => (
                <tr key={row.language}>
                  <td>
                    <bdi>{row.language}</bdi>
                  </td>
                  <td>{row.sessions}</td>
                  <td>{row.participants}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="report-section" data-testid="report-flags">
        <h3>{t('flagsHeading')}</h3>
        {report.flags.length === 0 ? (
          <p className="empty">{t('noFlags')}</p>
        ) : (
          <ul className="report-flags">
            {report.flags.map((flag) => (
              <li
                key={`${flag.reason}-${flag.participantId}-${flag.clipId}-${flag.platform}-${flag.changedAt}`}
              >
                <strong dir="auto">{flag.sessionTitle}</strong>
                <p dir="auto">{flag.message}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      {report.skipped.length > 0 && (
        <section className="report-section" data-testid="report-skipped">
          <h3>{t('skippedHeading')}</h3>
          <p className="hint">{t('skippedHint')}</p>
          <ul className="report-flags">
            {report.skipped.map((item) => (
              <li key={item.sessionId}>
                <strong dir="ltr">{item.sessionId}</strong>
                <p dir="auto">{item.message}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="report-section" data-testid="report-sessions">
        <h3>{t('sessionList')}</h3>
        <table className="report-table">
          <thead>
            <tr>
              <th>{t('title')}</th>
              <th>{t('date')}</th>
              <th>{t('sessionType')}</th>
              <th>{t('city')}</th>
              <th>{t('participantsColumn')}</th>
              <th>{t('womenColumn')}</th>
              <th>{t('interviewsColumn')}</th>
              <th>{t('clipsColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {report.sessions.list.map((row) => (
              <tr key={row.id}>
                <td dir="auto">{row.title}</td>
                <td>
                  {row.date === '' ? <span className="hint">{t('noDate')}</span> : <bdi>{row.date}</bdi>}
                </td>
                <td>{t(typeKey(row.type ?? 'unspecified'))}</td>
                <td dir="auto">{row.city ?? ''}</td>
                <td>{row.participants}</td>
                <td>{row.women}</td>
                <td>{row.interviews}</td>
                <td>{row.clips}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
