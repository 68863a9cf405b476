import { describe, expect, it } from 'vitest';
import { GuftaguError } from '../../../shared/errors';
import type { Participant } from '../../../shared/model/programme';
import { checkNotDuplicate, checkParticipantName, checkPastDate } from '../../../shared/programme/validate';
import { fieldError, participantFieldOf, type FieldError } from '../../../renderer/src/programme/engineError';
import { programmeEn } from '../../../renderer/src/programme/i18n/en';
import { programmeUr } from '../../../renderer/src/programme/i18n/ur';
import { focusOf } from '../../../renderer/src/programme/ProgrammeNav';
import { expectUrduCatalogue } from '../i18n/catalogCheck';

describe('programme strings', () => {
  it('Urdu has exactly the English keys, in Urdu, with the same placeholders', () => {
    expectUrduCatalogue(programmeEn, programmeUr);
  });

  it('uses the agreed words', () => {
    expect(programmeUr.participants).toBe('شرکاء');
    expect(programmeUr.consent).toBe('رضامندی');
    expect(programmeUr.womenColumn).toBe('خواتین');
    expect(programmeUr.reportTitle).toContain('رپورٹ');
    expect(programmeUr.search).toBe('تلاش');
    expect(programmeUr.type_dialogue).toBe('مکالمہ');
    expect(programmeUr.type_performance).toBe('پرفارمنس');
    expect(programmeUr['type_journalist-training']).toBe('صحافیوں کی تربیت');
    expect(programmeUr['type_round-table']).toBe('گول میز');
    expect(programmeUr['type_university-dialogue']).toBe('یونیورسٹی مکالمہ');
    expect(programmeUr['type_studio-recording']).toBe('اسٹوڈیو ریکارڈنگ');
    expect(programmeUr.type_other).toBe('دیگر');
  });
});

const refusal = (action: () => unknown): FieldError => {
  try {
    action();
  } catch (error) {
    return fieldError(error);
  }
  throw new Error('expected a refusal');
};

describe('engine refusals', () => {
  it('keeps the message and hint', () => {
    expect(fieldError(new GuftaguError('invalid-request', 'Bad.', 'Do this.'))).toEqual({
      code: 'invalid-request',
      message: 'Bad.',
      hint: 'Do this.',
    });
  });

  it('finds the field the engine names in its refusal (no parsing of its English)', () => {
    expect(participantFieldOf(refusal(() => checkPastDate('2999-01-01', 'consent date', '2026-01-01')))).toBe(
      'consentDate',
    );
    expect(participantFieldOf(refusal(() => checkParticipantName('  ')))).toBe('name');
    const twin = { name: 'Ayesha', number: 1, id: 'p1' } as Participant;
    expect(participantFieldOf(refusal(() => checkNotDuplicate({ name: 'ayesha' }, [twin])))).toBe('name');
    expect(participantFieldOf(refusal(() => checkPastDate('02/11/2026', 'consent date', '2026-01-01')))).toBe(
      'consentDate',
    );
    expect(participantFieldOf(fieldError(new Error('Something else went wrong.')))).toBeUndefined();
  });
});

describe('search result targets', () => {
  const base = { sessionId: 's1', sessionTitle: 'Dialogue', snippet: 'x' };
  it('goes to the cue of a cue result and to the row of a participant result', () => {
    expect(
      focusOf({ ...base, kind: 'cue', mediaId: 'm1', trackId: 't1', cueId: 'c9', participantId: 'p1' }, 4),
    ).toEqual({ sessionId: 's1', mediaId: 'm1', trackId: 't1', cueId: 'c9', seq: 4 });
    expect(focusOf({ ...base, kind: 'participant', participantId: 'p1', cueId: 'c1' }, 5)).toEqual({
      sessionId: 's1',
      participantId: 'p1',
      seq: 5,
    });
    expect(focusOf({ ...base, kind: 'tag' }, 6)).toEqual({ sessionId: 's1', seq: 6 });
  });
});
