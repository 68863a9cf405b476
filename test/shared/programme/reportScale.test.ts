import { describe, expect, it } from 'vitest';
import type { ProgrammeReport, ReportFilters } from '../../../shared/programme/schemas';
import { computeReport } from '../../../shared/programme/report';
import { programmeReportSchema } from '../../../shared/programme/schemas';
import type { SessionFacts, Tally } from '../../../scripts/support/generateWorkspace';
import { addTally, emptyTally, generateWorkspace } from '../../../scripts/support/generateWorkspace';

/**
 * 200 generated sessions, 5,000 participants: the report must agree with the generator's own tally,
 * counted while generating. Filtered figures are re-tallied here by plain loops over the generator's
 * per-session facts, not through report.ts.
 */

const generated = generateWorkspace();

/** The report's figures in the shape of the generator's tally. */
function asTally(report: ProgrammeReport): Tally {
  const record = <T extends { count: number }>(rows: readonly T[], key: keyof T) =>
    Object.fromEntries(rows.map((row) => [String(row[key]), row.count]));
  const flagsByReason: Record<string, number> = {
    'consent-set-after-export': 0,
    'consent-lowered-after-export': 0,
    'consent-dated-after-export': 0,
  };
  for (const flag of report.flags) flagsByReason[flag.reason] = (flagsByReason[flag.reason] ?? 0) + 1;
  return {
    sessions: report.sessions.total,
    sessionsByType: record(report.sessions.byType, 'type'),
    participants: report.participants.total,
    women: report.participants.women,
    byGender: record(report.participants.byGender, 'gender'),
    byRole: record(report.participants.byRole, 'role'),
    byAgeBand: record(report.participants.byAgeBand, 'ageBand'),
    interviews: report.interviews,
    clips: report.clips.total,
    clipsByPlatform: record(report.clips.byPlatform, 'platform'),
    languages: Object.fromEntries(
      report.languages.map(({ language, sessions, participants }) => [language, { sessions, participants }]),
    ),
    consentByScope: record(report.consent.byScope, 'scope'),
    missingConsent: report.consent.missing,
    withoutForm: report.consent.withoutForm,
    withScan: report.consent.withScan,
    flags: report.flags.length,
    flagsByReason,
  };
}

describe('computeReport at scale (generated workspace)', () => {
  it('generates the promised size, with every kind of figure present', () => {
    const { total } = generated;
    expect(generated.sessions).toHaveLength(200);
    expect(total.sessions).toBe(200);
    expect(total.participants).toBe(5000);
    expect(generated.sessions.reduce((sum, s) => sum + s.participants.length, 0)).toBe(5000);
    // Not a degenerate data set: every gender, scope, flag reason and several platforms and languages.
    for (const count of Object.values(total.byGender)) expect(count).toBeGreaterThan(0);
    for (const count of Object.values(total.consentByScope)) expect(count).toBeGreaterThan(0);
    for (const count of Object.values(total.flagsByReason)) expect(count).toBeGreaterThan(0);
    expect(total.sessionsByType['unspecified']).toBeGreaterThan(0);
    expect(total.withoutForm).toBeGreaterThan(0);
    expect(Object.keys(total.clipsByPlatform).length).toBeGreaterThanOrEqual(4);
    expect(Object.keys(total.languages).length).toBeGreaterThanOrEqual(6);
  });

  it('is deterministic', () => {
    expect(generateWorkspace().sessions).toEqual(generated.sessions);
  });

  it('counts everything, with no filters, as the generator did', () => {
    const report = computeReport(generated.sessions, {});
    expect(programmeReportSchema.parse(report)).toEqual(report);
    expect(asTally(report)).toEqual(generated.total);
    expect(report.participants.womenPercent).toBe(
      Math.round((100 * generated.total.women) / generated.total.participants),
    );
    expect(report.sessions.list.map((line) => line.id).sort()).toEqual(
      generated.facts.map((fact) => fact.id).sort(),
    );
  });

  it('counts a date range + campaign + type, as tallied by hand here', () => {
    const filters: ReportFilters = {
      from: '2024-07-01',
      to: '2025-06-30',
      campaign: 'bol',
      sessionType: 'dialogue',
    };
    const selected: SessionFacts[] = [];
    for (const fact of generated.facts) {
      if (fact.day < '2024-07-01' || fact.day > '2025-06-30') continue;
      if (fact.campaign !== 'Bol') continue;
      if (fact.type !== 'dialogue') continue;
      selected.push(fact);
    }
    const expected = emptyTally();
    for (const fact of selected) addTally(expected, fact.tally);
    // Platforms and languages that only filtered-out sessions had are absent from the report.
    for (const [platform, count] of Object.entries(expected.clipsByPlatform))
      if (count === 0) delete expected.clipsByPlatform[platform];
    for (const [language, counts] of Object.entries(expected.languages))
      if (counts.sessions === 0 && counts.participants === 0) delete expected.languages[language];

    expect(selected.length).toBeGreaterThanOrEqual(3);
    expect(selected.length).toBeLessThan(200);
    const report = computeReport(generated.sessions, filters);
    expect(asTally(report)).toEqual(expected);
    expect(report.sessions.list.map((line) => line.id).sort()).toEqual(
      selected.map((fact) => fact.id).sort(),
    );
  });
});
