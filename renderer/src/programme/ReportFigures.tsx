import type { ProgrammeReport } from '../../../shared/programme/schemas';
import {
  clipsFigure,
  consentLines,
  interviewsDetail,
  interviewsFigure,
  participantsFigure,
  sessionsFigure,
} from './figures';
import { useI18n } from '../i18n/I18nContext';
import { useProgrammeT } from './i18n/useProgrammeT';
import { typeKey } from './labels';

/** The headline figures and the consent coverage, as the engine counted them. */
export function ReportFigures({ report }: { report: ProgrammeReport }) {
  const t = useProgrammeT();
  const { language } = useI18n();
  const types = report.sessions.byType.filter((row) => row.count > 0);
  return (
    <div className="report-figures">
      <section className="figure" data-testid="figure-sessions">
        <p className="figure-main">{sessionsFigure(report, t)}</p>
        {types.length > 0 && (
          <ul className="figure-list">
            {types.map((row) => (
              <li key={row.type}>
                {t(typeKey(row.type))}: {row.count}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="figure" data-testid="figure-participants">
        <p className="figure-main">{participantsFigure(report, t, language)}</p>
      </section>
      <section className="figure" data-testid="figure-interviews">
        <p className="figure-main">{interviewsFigure(report, t)}</p>
        <p className="hint">{interviewsDetail(report, t)}</p>
      </section>
      <section className="figure" data-testid="figure-clips">
        <p className="figure-main">{clipsFigure(report, t)}</p>
        {report.clips.byPlatform.length > 0 && (
          <ul className="figure-list">
            {report.clips.byPlatform.map((row) => (
              <li key={row.platform}>
                <bdi>{row.platform}</bdi>: {row.count}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="figure wide" data-testid="figure-consent">
        <h3>{t('consentCoverage')}</h3>
        <ul className="figure-list">
          {consentLines(report, t).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
