import { describe, expect, it } from 'vitest';
import {
  recommendModel,
  type CandidateModel,
  type ModelRecommendation,
} from '../../../shared/transcript/recommendedModel';

const tiny: CandidateModel = { id: 'tiny', family: 'tiny', multilingual: true };
const base: CandidateModel = { id: 'base', family: 'base', multilingual: true };
const baseEn: CandidateModel = { id: 'base.en', family: 'base', multilingual: false };
const small: CandidateModel = { id: 'small', family: 'small', multilingual: true };
const medium: CandidateModel = { id: 'medium', family: 'medium', multilingual: true };
const turbo: CandidateModel = { id: 'large-v3-turbo', family: 'large', multilingual: true };
const turboQ5: CandidateModel = { id: 'large-v3-turbo-q5_0', family: 'large', multilingual: true };
const urduFineTune: CandidateModel = {
  id: 'whisper-small-urdu',
  family: 'small',
  multilingual: true,
  verification: 'custom',
};
const damagedTurbo: CandidateModel = { ...turbo, verification: 'damaged' };

describe('recommendModel', () => {
  it.each<[string, string, CandidateModel[], ModelRecommendation]>([
    [
      'Urdu: turbo when installed',
      'ur',
      [tiny, base, small, turbo],
      { modelId: 'large-v3-turbo', goodEnough: true, minimumFamily: 'small' },
    ],
    [
      'Urdu: the quantized turbo beats medium',
      'ur',
      [medium, turboQ5],
      { modelId: 'large-v3-turbo-q5_0', goodEnough: true, minimumFamily: 'small' },
    ],
    [
      'Urdu: small without turbo',
      'ur',
      [tiny, base, small],
      { modelId: 'small', goodEnough: true, minimumFamily: 'small' },
    ],
    [
      'Urdu: an imported small fine-tune counts',
      'ur',
      [base, urduFineTune],
      { modelId: 'whisper-small-urdu', goodEnough: true, minimumFamily: 'small' },
    ],
    [
      'Urdu: only base is a draft, turbo to download',
      'ur',
      [tiny, base],
      { modelId: 'base', goodEnough: false, minimumFamily: 'small', download: 'large-v3-turbo' },
    ],
    [
      'Urdu: a damaged turbo is skipped',
      'ur',
      [small, damagedTurbo],
      { modelId: 'small', goodEnough: true, minimumFamily: 'small' },
    ],
    [
      'Urdu: an English-only model is never chosen',
      'ur',
      [baseEn],
      { goodEnough: false, minimumFamily: 'small', download: 'large-v3-turbo' },
    ],
    [
      'Sindhi like Urdu',
      'sd',
      [base, small, turbo],
      { modelId: 'large-v3-turbo', goodEnough: true, minimumFamily: 'small' },
    ],
    ['Pashto like Urdu', 'ps', [small], { modelId: 'small', goodEnough: true, minimumFamily: 'small' }],
    [
      'Punjabi like Urdu',
      'pa',
      [base, medium],
      { modelId: 'medium', goodEnough: true, minimumFamily: 'small' },
    ],
    [
      'auto-detect like Urdu',
      'auto',
      [base, small],
      { modelId: 'small', goodEnough: true, minimumFamily: 'small' },
    ],
    [
      'English: base is fine and faster than turbo',
      'en',
      [base, turbo],
      { modelId: 'base', goodEnough: true, minimumFamily: 'base' },
    ],
    [
      'English: base.en first',
      'en',
      [base, baseEn, small],
      { modelId: 'base.en', goodEnough: true, minimumFamily: 'base' },
    ],
    [
      'English: turbo when it is all there is',
      'en',
      [turbo],
      { modelId: 'large-v3-turbo', goodEnough: true, minimumFamily: 'base' },
    ],
    [
      'English: only tiny is a draft',
      'en',
      [tiny],
      { modelId: 'tiny', goodEnough: false, minimumFamily: 'base', download: 'base.en' },
    ],
    [
      'nothing installed',
      'ur',
      [],
      { goodEnough: false, minimumFamily: 'small', download: 'large-v3-turbo' },
    ],
  ])('%s', (_name, language, installed, expected) => {
    expect(recommendModel(language, installed)).toEqual(expected);
  });
});
