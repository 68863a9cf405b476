import { describe, expect, it } from 'vitest';
import type { ConsentScope } from '../../../shared/model/programme';
import {
  anonymizedName,
  checkConsent,
  clipSpeakerIds,
  isLowered,
  overrideReasonProblem,
  redact,
} from '../../../shared/programme/consent';

const ayesha = (scope: ConsentScope) => ({ name: 'Ayesha Khan', number: 3, consent: { scope } });

describe('checkConsent', () => {
  it('refuses publishing for internal-only consent, with the message the export shows', () => {
    expect(checkConsent(ayesha('internal'), 'publish')).toEqual({
      decision: 'refused',
      message: 'Ayesha Khan gave consent for internal use only; this clip cannot be published.',
      hint: expect.stringContaining('override') as string,
    });
    expect(checkConsent(ayesha('internal'), 'internal').decision).toBe('allowed');
  });

  it('refuses everything without consent', () => {
    expect(checkConsent(ayesha('none'), 'publish')).toMatchObject({
      decision: 'refused',
      message: 'Ayesha Khan has not given consent; this clip cannot be published.',
    });
    expect(checkConsent(ayesha('none'), 'internal').decision).toBe('refused');
  });

  it('asks to anonymise for anonymous publishing', () => {
    expect(checkConsent(ayesha('publish-anonymous'), 'publish')).toMatchObject({
      decision: 'anonymize',
      anonymizedName: 'Participant 3',
    });
    expect(checkConsent(ayesha('publish-anonymous'), 'internal').decision).toBe('allowed');
  });

  it('allows everything with named consent', () => {
    expect(checkConsent(ayesha('publish-named'), 'publish').decision).toBe('allowed');
    expect(checkConsent(ayesha('publish-named'), 'internal').decision).toBe('allowed');
  });

  it('orders scopes for "lowered"', () => {
    expect(isLowered('publish-named', 'internal')).toBe(true);
    expect(isLowered('publish-named', 'publish-anonymous')).toBe(true);
    expect(isLowered('internal', 'publish-named')).toBe(false);
    expect(isLowered('none', 'internal')).toBe(false);
  });

  it('wants a written override reason of ten characters or more', () => {
    expect(overrideReasonProblem('   ok    ')).toContain('10');
    expect(overrideReasonProblem('Family asked for the clip in writing')).toBeUndefined();
  });
});

describe('anonymizedName and redact', () => {
  const person = { name: 'Ayesha Khan', number: 3, otherNames: ['عائشہ خان'] };

  it('names the participant by number', () => {
    expect(anonymizedName({ number: 7 })).toBe('Participant 7');
  });

  it('replaces the full name and each part, case-insensitive, whole words only', () => {
    expect(redact('AYESHA KHAN spoke first. Then ayesha said: khan!', person)).toBe(
      'Participant 3 spoke first. Then Participant 3 said: Participant 3!',
    );
    expect(redact('Khanewal and Ayeshas are other words', person)).toBe(
      'Khanewal and Ayeshas are other words',
    );
    expect(redact('ayesha_khan-interview.mp4', person)).toBe('Participant 3_Participant 3-interview.mp4');
  });

  it('keeps what surrounds the name, line breaks included', () => {
    expect(redact('Hello Ayesha Khan\n', person)).toBe('Hello Participant 3\n');
    expect(redact('Ayesha  Khan', person)).toBe('Participant 3');
  });

  it('replaces Urdu spellings whether typed with Arabic or Urdu letters, with or without diacritics', () => {
    expect(redact('عائشہ خان نے کہا', person)).toBe('Participant 3 نے کہا');
    // Arabic heh (ه) instead of Urdu heh goal (ہ), and a zer on the ain.
    expect(redact('میں عاِئشه سے ملی', person)).toBe('میں Participant 3 سے ملی');
    expect(redact('خان صاحب', person)).toBe('Participant 3 صاحب');
  });

  it('leaves text without the name untouched', () => {
    expect(redact('Nothing here', person)).toBe('Nothing here');
    expect(redact('', person)).toBe('');
  });
});

describe('clipSpeakerIds', () => {
  const cue = (id: string, startMs: number, endMs: number, speakerId?: string) => ({
    id,
    startMs,
    endMs,
    text: 'بات، and "water" 2026۔',
    words: [],
    ...(speakerId ? { speakerId } : {}),
  });
  const transcript = {
    tracks: [
      {
        id: 'ur',
        language: 'ur',
        direction: 'rtl' as const,
        kind: 'transcript' as const,
        cues: [
          cue('u1', 0, 1_000, 'omar'),
          cue('u2', 1_000, 2_000, 'ayesha'),
          cue('u3', 5_000, 6_000, 'sana'),
        ],
      },
      {
        id: 'en',
        language: 'en',
        direction: 'ltr' as const,
        kind: 'translation' as const,
        cues: [
          cue('e1', 2_000, 3_000, 'bilal'),
          cue('e2', 3_000, 4_000, 'S9'),
          cue('e3', 4_000, 4_500, 'omar'),
        ],
      },
    ],
  };

  it('hears the clip’s speaker and every distinct cue speaker overlapping it, in any track', () => {
    expect(clipSpeakerIds({ speakerId: 'omar', startMs: 0, endMs: 5_000 }, transcript)).toEqual([
      'omar',
      'ayesha',
      'bilal',
      'S9',
    ]);
    // A cue that ends as the clip starts, or starts as it ends, is not in it.
    expect(clipSpeakerIds({ startMs: 1_000, endMs: 2_000 }, transcript)).toEqual(['ayesha']);
    expect(clipSpeakerIds({ speakerId: 'x', startMs: 0, endMs: 10 }, undefined)).toEqual(['x']);
  });
});
