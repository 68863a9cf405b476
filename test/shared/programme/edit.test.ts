import { describe, expect, it } from 'vitest';
import { GuftaguError } from '../../../shared/errors';
import { applyMetadataPatch, applyParticipantPatch, newParticipant } from '../../../shared/programme/edit';
import { checkPastDate, cleanHashtags, isCalendarDate } from '../../../shared/programme/validate';
import { media, session } from './fixture';

const context = { now: '2026-03-01T10:00:00.000Z', today: '2026-03-01' };

function failure(run: () => unknown): GuftaguError {
  try {
    run();
  } catch (error) {
    if (error instanceof GuftaguError) return error;
    throw error;
  }
  throw new Error('expected a GuftaguError');
}

describe('dates', () => {
  it('knows real calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-2-3')).toBe(false);
    expect(isCalendarDate('yesterday')).toBe(false);
  });

  it('refuses a date that is not one, or in the future, with a hint', () => {
    const notDate = failure(() => checkPastDate('31/12/2025', 'consent date', '2026-03-01'));
    expect(notDate).toMatchObject({
      code: 'invalid-request',
      message: 'The consent date "31/12/2025" is not a date.',
    });
    expect(notDate.hint).toContain('YYYY-MM-DD');
    const future = failure(() => checkPastDate('2026-03-02', 'session date', '2026-03-01'));
    expect(future.message).toBe('The session date 2026-03-02 is in the future (today is 2026-03-01).');
    expect(checkPastDate(' 2026-03-01 ', 'session date', '2026-03-01')).toBe('2026-03-01');
  });
});

describe('participants', () => {
  it('adds a participant with a number, cleaned lists and consent', () => {
    const s = session('s', { media: [media('m1')] });
    const p = newParticipant(
      s,
      {
        name: '  Ayesha   Khan ',
        gender: 'woman',
        languages: ['ur', ' ur ', ''],
        mediaIds: ['m1'],
        consent: { scope: 'internal', date: '2026-02-01' },
      },
      'p1',
      context,
    );
    expect(p).toMatchObject({
      id: 'p1',
      number: 1,
      name: 'Ayesha Khan',
      languages: ['ur'],
      mediaIds: ['m1'],
      role: 'participant',
    });
    expect(p.consent).toEqual({ scope: 'internal', date: '2026-02-01' });
  });

  it('refuses no name, duplicates (name and organisation folded) and unknown media', () => {
    const s = session('s');
    expect(failure(() => newParticipant(s, { name: '   ', gender: 'man' }, 'p1', context)).message).toBe(
      'A participant needs a name.',
    );
    s.participants.push(
      newParticipant(s, { name: 'Ayesha Khan', gender: 'woman', organisation: 'PU' }, 'p1', context),
    );
    const twin = failure(() =>
      newParticipant(s, { name: 'ayesha  KHAN', gender: 'woman', organisation: ' pu' }, 'p2', context),
    );
    expect(twin.code).toBe('invalid-request');
    expect(twin.message).toContain('already a participant');
    expect(
      newParticipant(s, { name: 'Ayesha Khan', gender: 'woman', organisation: 'LUMS' }, 'p2', context).number,
    ).toBe(2);
    expect(
      failure(() => newParticipant(s, { name: 'B', gender: 'man', mediaIds: ['nope'] }, 'p3', context))
        .message,
    ).toContain('nope');
  });

  it('reports a consent scope change and keeps the scan', () => {
    const s = session('s');
    const p = newParticipant(
      s,
      { name: 'Sana', gender: 'woman', consent: { scope: 'publish-named' } },
      'p1',
      context,
    );
    p.consent.scanPath = 'consent/p1.pdf';
    s.participants.push(p);
    const change = applyParticipantPatch(s, p, { consent: { scope: 'internal', formRef: 'F-2' } }, context);
    expect(change).toEqual({ from: 'publish-named', to: 'internal' });
    expect(p.consent).toEqual({ scope: 'internal', formRef: 'F-2', scanPath: 'consent/p1.pdf' });
    expect(applyParticipantPatch(s, p, { notes: 'x' }, context)).toBeUndefined();
  });
});

describe('metadata', () => {
  it('applies a patch, clears with null and says what changed', () => {
    const s = session('s', { metadata: { city: 'Lahore', venue: 'Alhamra' } });
    const changed = applyMetadataPatch(
      s,
      {
        type: 'dialogue',
        date: '2026-02-10',
        city: null,
        venue: '  ',
        hashtags: ['peace', '#Peace', '#Bol Ke Lab'],
        partners: ['FES', 'fes'],
      },
      context,
    );
    expect(changed.sort()).toEqual(['city', 'date', 'hashtags', 'partners', 'type', 'venue']);
    expect(s.metadata).toMatchObject({
      type: 'dialogue',
      date: '2026-02-10',
      hashtags: ['#peace', '#BolKeLab'],
      partners: ['FES'],
    });
    expect(s.metadata.city).toBeUndefined();
    expect(applyMetadataPatch(s, { type: 'dialogue' }, context)).toEqual([]);
  });

  it('refuses a bad date or link, and takes a future date (an upcoming event is planned ahead)', () => {
    const planned = session('s');
    expect(applyMetadataPatch(planned, { date: '2027-01-01' }, context)).toEqual(['date']);
    expect(planned.metadata.date).toBe('2027-01-01');
    expect(
      failure(() => applyMetadataPatch(session('s'), { date: '2027-02-30' }, context)).message,
    ).toContain('not a date');
    expect(failure(() => applyMetadataPatch(session('s'), { link: 'not a link' }, context)).hint).toContain(
      'https://',
    );
  });

  it('cleans hashtags', () => {
    expect(cleanHashtags(['  #Peace Talks', '##peacetalks', '#'])).toEqual(['#PeaceTalks']);
  });
});
