import {
  Bar,
  BarChart,
  Cell,
  Legend,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ProgrammeReport } from '../../../shared/programme/schemas';
import { useI18n } from '../i18n/I18nContext';
import { chartRows } from './figures';
import { useProgrammeT } from './i18n/useProgrammeT';
import { genderKey, typeKey } from './labels';

const genderColours: Record<string, string> = {
  woman: '#b4457f',
  man: '#2f6db5',
  transgender: '#8a5a00',
  other: '#6b5ca5',
  'not-stated': '#8b9099',
};
const barColour = '#1f6f5c';

type Row = { label: string; count: number };

function HorizontalBars({ rows, rtl, name }: { rows: Row[]; rtl: boolean; name: string }) {
  return (
    <ResponsiveContainer width="100%" height={Math.max(120, rows.length * 40 + 40)}>
      <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
        <XAxis type="number" allowDecimals={false} reversed={rtl} />
        <YAxis type="category" dataKey="label" width={150} orientation={rtl ? 'right' : 'left'} />
        <Tooltip />
        <Bar dataKey="count" name={name} fill={barColour} isAnimationActive={false} barSize={22} />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Charts of the engine's figures (recharts, SVG: crisp in print, nothing fetched from the network). */
export function ReportCharts({ report }: { report: ProgrammeReport }) {
  const t = useProgrammeT();
  const rtl = useI18n().language === 'ur';
  const types = chartRows(
    report.sessions.byType,
    (row) => row.count,
    (row) => t(typeKey(row.type)),
  );
  const genders = report.participants.byGender
    .filter((row) => row.count > 0)
    .map((row) => ({ label: t(genderKey(row.gender)), count: row.count, gender: row.gender }));
  const platforms = chartRows(
    report.clips.byPlatform,
    (row) => row.count,
    (row) => row.platform,
  );
  const empty = <p className="empty">{t('nothingYet')}</p>;

  return (
    <div className="report-charts">
      <figure className="report-chart" data-testid="chart-sessions">
        <figcaption>{t('sessionsByType')}</figcaption>
        {types.length === 0 ? empty : <HorizontalBars rows={types} rtl={rtl} name={t('count')} />}
      </figure>
      <figure className="report-chart" data-testid="chart-gender">
        <figcaption>{t('participantsByGender')}</figcaption>
        {genders.length === 0 ? (
          empty
        ) : (
          <ResponsiveContainer width="100%" height={240}>
            <PieChart>
              <Pie
                data={genders}
                dataKey="count"
                nameKey="label"
                innerRadius={50}
                outerRadius={85}
                label={({ value }: { value?: number }) => String(value ?? '')}
                isAnimationActive={false}
              >
                {genders.map((row) => (
                  <Cell key={row.gender} fill={genderColours[row.gender] ?? barColour} />
                ))}
              </Pie>
              <Legend />
              <Tooltip />
            </PieChart>
          </ResponsiveContainer>
        )}
      </figure>
      <figure className="report-chart" data-testid="chart-clips">
        <figcaption>{t('clipsByPlatform')}</figcaption>
        {platforms.length === 0 ? empty : <HorizontalBars rows={platforms} rtl={rtl} name={t('count')} />}
      </figure>
    </div>
  );
}
