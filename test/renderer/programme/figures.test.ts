import { describe, expect, it } from 'vitest';
import { computeReport } from '../../../shared/programme/report';
import type { ProgrammeReport } from '../../../shared/programme/schemas';
import {
  chartRows,
  clipsFigure,
  consentLines,
  interviewsDetail,
  interviewsFigure,
  participantsFigure,
  reportHeading,
  sessionsFigure,
} from '../../../renderer/src/programme/figures';
import { programmeTranslator } from '../../../renderer/src/programme/i18n/useProgrammeT';

const en = programmeTranslator('en');
const ur = programmeTranslator('ur');

function reportWith(patch: Partial<ProgrammeReport>): ProgrammeReport {
  return { ...computeReport([], {}), ...patch };
}

const participants = (total: number, women: number, womenPercent: number): Partial<ProgrammeReport> => ({
  participants: { total, women, womenPercent, byGender: [], byRole: [], byAgeBand: [] },
});

describe('report figures', () => {
  it('writes participants and the share of women as the engine counted them', () => {
    expect(participantsFigure(reportWith(participants(502, 186, 37)), en)).toBe(
      '502 participants, 186 (37 %) women',
    );
    expect(participantsFigure(reportWith(participants(3, 2, 67)), en)).toBe('3 participants, 2 (67 %) women');
    expect(participantsFigure(reportWith(participants(3, 2, 67)), ur)).toBe('3 شرکاء، 2 (67 %) خواتین');
  });

  it('does not re-round or re-count: the percent is shown as given', () => {
    // 1 of 3 is 33.3 %: whatever the engine says (here 34 on purpose) is what the screen shows.
    expect(participantsFigure(reportWith(participants(3, 1, 34)), en)).toContain('(34 %)');
  });

  it('uses the singular for one', () => {
    expect(participantsFigure(reportWith(participants(1, 1, 100)), en)).toBe(
      '1 participant, 1 (100 %) woman',
    );
    const one = reportWith({ sessions: { total: 1, byType: [], list: [] } });
    expect(sessionsFigure(one, en)).toBe('1 session');
    expect(sessionsFigure(reportWith({}), en)).toBe('0 sessions');
  });

  it('writes interviews and clips', () => {
    const report = reportWith({
      interviews: { total: 131, media: 141, notInterviews: 8, failed: 2 },
      clips: { total: 12, byPlatform: [{ platform: 'reels', count: 12 }] },
    });
    expect(interviewsDetail(report, en)).toBe('141 media items: 8 not interviews, 2 failed imports');
    expect(clipsFigure(report, en)).toBe('12 clips exported');
    const one = reportWith({
      interviews: { total: 1, media: 1, notInterviews: 0, failed: 0 },
      clips: { total: 1, byPlatform: [] },
    });
    expect(interviewsFigure(one, en)).toBe('1 interview recorded');
    expect(clipsFigure(one, en)).toBe('1 clip exported');
    expect(interviewsFigure(report, ur)).toBe('131 انٹرویو ریکارڈ ہوئے');
  });

  it('lists consent from the most permissive scope down, then what is missing', () => {
    const report = reportWith({
      consent: {
        byScope: [
          { scope: 'none', count: 1 },
          { scope: 'internal', count: 1 },
          { scope: 'publish-anonymous', count: 0 },
          { scope: 'publish-named', count: 1 },
        ],
        missing: 1,
        withoutForm: 2,
        withScan: 0,
      },
    });
    expect(consentLines(report, en)).toEqual([
      'Publish with name: 1',
      'Publish anonymously: 0',
      'Internal use only: 1',
      'No consent: 1',
      '1 without consent',
      '2 with consent but no form reference or scan',
      '0 with a scanned form',
    ]);
    expect(consentLines(report, ur)[0]).toBe('نام کے ساتھ اشاعت: 1');
  });

  it('names the filters in the heading (and so in the printed title)', () => {
    expect(reportHeading({}, en)).toBe('Programme report — all sessions');
    expect(
      reportHeading(
        { from: '2026-01-01', to: '2026-03-31', campaign: '#PeaceTalks', sessionType: 'university-dialogue' },
        en,
      ),
    ).toBe(
      'Programme report — University dialogue · \u2068#PeaceTalks\u2069 · from 2026-01-01 · to 2026-03-31',
    );
    expect(reportHeading({ sessionType: 'round-table' }, ur)).toBe('پروگرام رپورٹ — گول میز');
  });

  it('keeps only the categories that occur in chart rows', () => {
    const rows = chartRows(
      [
        { type: 'dialogue', count: 2 },
        { type: 'performance', count: 0 },
      ],
      (row) => row.count,
      (row) => row.type.toUpperCase(),
    );
    expect(rows).toEqual([{ label: 'DIALOGUE', count: 2 }]);
  });
});
