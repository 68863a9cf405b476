import { describe, expect, it } from 'vitest';
import { emptySessionMetadata } from '../../../shared/model/programme';
import { consentBadge } from '../../../renderer/src/programme/consentBadge';
import {
  changedFields,
  formFromMetadata,
  patchFor,
  withField,
} from '../../../renderer/src/programme/metadataForm';
import {
  emptyParticipantForm,
  inputFromForm,
  patchFromForm,
  toggleMedia,
} from '../../../renderer/src/programme/participantForm';
import { emptyFilterForm, filtersToRequest } from '../../../renderer/src/programme/reportFilters';
import { addTags, endsTag, splitTags } from '../../../renderer/src/programme/tags';

describe('consent badge', () => {
  it('colours each scope: none red, internal amber, anonymous blue, named green', () => {
    expect(consentBadge({ scope: 'none' }).tone).toBe('red');
    expect(consentBadge({ scope: 'internal', formRef: 'F-1' }).tone).toBe('amber');
    expect(consentBadge({ scope: 'publish-anonymous', formRef: 'F-2' }).tone).toBe('blue');
    expect(consentBadge({ scope: 'publish-named', scanPath: 'consent/a.pdf' }).tone).toBe('green');
  });

  it('warns "no form" when consent is recorded without a form reference or a scan', () => {
    expect(consentBadge({ scope: 'publish-named' }).noForm).toBe(true);
    expect(consentBadge({ scope: 'internal', formRef: '  ' }).noForm).toBe(true);
    expect(consentBadge({ scope: 'internal', formRef: 'F-7' }).noForm).toBe(false);
    expect(consentBadge({ scope: 'internal', scanPath: 'consent/x.jpg' })).toMatchObject({
      noForm: false,
      hasScan: true,
    });
    // No consent needs no form: the red badge says it all.
    expect(consentBadge({ scope: 'none' }).noForm).toBe(false);
  });
});

describe('report filters → request', () => {
  it('leaves out empty filters and trims the campaign', () => {
    expect(filtersToRequest(emptyFilterForm())).toEqual({});
    expect(
      filtersToRequest({ from: '2026-01-01', to: '', campaign: '  #PeaceTalks ', sessionType: 'dialogue' }),
    ).toEqual({ from: '2026-01-01', campaign: '#PeaceTalks', sessionType: 'dialogue' });
    expect(filtersToRequest({ ...emptyFilterForm(), campaign: '   ' })).toEqual({});
  });
});

describe('tags', () => {
  it('splits on Latin and Urdu commas and drops repeats', () => {
    expect(splitTags(' Urdu, English،Sindhi ,, ')).toEqual(['Urdu', 'English', 'Sindhi']);
    expect(addTags(['Urdu'], 'urdu, Punjabi')).toEqual(['Urdu', 'Punjabi']);
    expect(endsTag('Urdu,')).toBe(true);
    expect(endsTag('Urdu')).toBe(false);
  });
});

describe('session details form', () => {
  it('saves only what changed, one field at a time; empty clears', () => {
    const before = formFromMetadata(emptySessionMetadata());
    const after = {
      ...before,
      type: 'university-dialogue' as const,
      city: 'Karachi',
      hashtags: ['PeaceTalks'],
    };
    expect(changedFields(before, after)).toEqual(['type', 'city', 'hashtags']);
    expect(patchFor('type', after)).toEqual({ type: 'university-dialogue' });
    expect(patchFor('city', after)).toEqual({ city: 'Karachi' });
    expect(patchFor('hashtags', after)).toEqual({ hashtags: ['PeaceTalks'] });
    expect(patchFor('venue', { ...after, venue: '  ' })).toEqual({ venue: null });
    expect(patchFor('type', before)).toEqual({ type: null });
    expect(withField(after, 'hashtags', { ...after, hashtags: ['#PeaceTalks'] }).hashtags).toEqual([
      '#PeaceTalks',
    ]);
  });
});

describe('participant form', () => {
  it('sends the name as typed and leaves out what was not given', () => {
    const form = { ...emptyParticipantForm(), name: 'Ayesha Khan', gender: 'woman' as const };
    expect(inputFromForm(form)).toEqual({
      name: 'Ayesha Khan',
      gender: 'woman',
      role: 'participant',
      languages: [],
      notes: '',
      consent: { scope: 'none', date: null, formRef: null },
    });
    const full = { ...form, ageBand: '18-24' as const, organisation: 'KU', scope: 'internal' as const };
    expect(inputFromForm({ ...full, consentDate: '2026-01-02', formRef: 'F-3' }, ['m1'])).toMatchObject({
      ageBand: '18-24',
      organisation: 'KU',
      consent: { scope: 'internal', date: '2026-01-02', formRef: 'F-3' },
      mediaIds: ['m1'],
    });
  });

  it('clears fields on edit with null', () => {
    const patch = patchFromForm({ ...emptyParticipantForm(), name: 'Bilal' });
    expect(patch).toMatchObject({ name: 'Bilal', ageBand: null, organisation: null });
  });

  it('toggles media in the order of the session', () => {
    expect(toggleMedia(['b'], 'a', true, ['a', 'b', 'c'])).toEqual(['a', 'b']);
    expect(toggleMedia(['a', 'b'], 'a', false, ['a', 'b'])).toEqual(['b']);
  });
});
