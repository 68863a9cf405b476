import { modelFamilies, type ModelFamily } from '../model/whisperModels';

/**
 * Which installed model to transcribe a language with. Urdu, Sindhi, Pashto and Punjabi need `small` or
 * larger (tiny and base mangle them); large-v3-turbo is the best most laptops can run. English is fine with
 * base, which is several times faster. Pure; the table is the policy.
 */

/** The languages whisper handles well only with small or larger models (so is "auto": mostly Urdu here). */
export const demandingLanguages = ['ur', 'sd', 'ps', 'pa'] as const;

export interface LanguageModelPolicy {
  /** The smallest family that is good enough. */
  minimumFamily: ModelFamily;
  /** Installed models in this order of preference (catalogue ids). */
  preferred: readonly string[];
  /** What to download when nothing good enough is installed. */
  download: string;
}

const demanding: LanguageModelPolicy = {
  minimumFamily: 'small',
  preferred: [
    'large-v3-turbo',
    'large-v3-turbo-q8_0',
    'large-v3-turbo-q5_0',
    'large-v3',
    'large-v3-q5_0',
    'medium',
    'medium-q5_0',
    'small',
    'small-q5_1',
  ],
  download: 'large-v3-turbo',
};

const english: LanguageModelPolicy = {
  minimumFamily: 'base',
  preferred: ['base.en', 'base', 'base-q5_1', 'small.en', 'small', 'small-q5_1', 'large-v3-turbo'],
  download: 'base.en',
};

/** The policy for a language code; "auto" and languages not named here are treated like Urdu. */
export function languageModelPolicy(language: string): LanguageModelPolicy {
  return language === 'en' ? english : demanding;
}

export interface CandidateModel {
  id: string;
  family?: ModelFamily | undefined;
  multilingual?: boolean | undefined;
  /** Damaged models are never recommended. */
  verification?: string | undefined;
}

export interface ModelRecommendation {
  /** The installed model to use (absent when none is installed). */
  modelId?: string;
  /** False when the best installed model is below the language's minimum (a draft at best). */
  goodEnough: boolean;
  minimumFamily: ModelFamily;
  /** What to download for this language when nothing good enough is installed. */
  download?: string;
}

const rank = (family: ModelFamily | undefined) => (family ? modelFamilies.indexOf(family) : -1);

export function recommendModel(language: string, installed: readonly CandidateModel[]): ModelRecommendation {
  const policy = languageModelPolicy(language);
  const usable = installed.filter(
    (model) => model.verification !== 'damaged' && (language === 'en' || model.multilingual !== false),
  );
  const minimum = rank(policy.minimumFamily);
  const byTable = policy.preferred
    .map((id) => usable.find((model) => model.id === id))
    .find((model) => model !== undefined);
  // Imported models (fine-tunes) and other names: the smallest family that is good enough, else the largest.
  const goodEnough = usable
    .filter((model) => rank(model.family) >= minimum)
    .sort((a, b) => rank(a.family) - rank(b.family));
  const chosen =
    byTable ??
    (language === 'en' ? goodEnough[0] : goodEnough.at(-1)) ??
    [...usable].sort((a, b) => rank(b.family) - rank(a.family))[0];
  const enough = chosen !== undefined && (byTable !== undefined || rank(chosen.family) >= minimum);
  return {
    ...(chosen ? { modelId: chosen.id } : {}),
    goodEnough: enough,
    minimumFamily: policy.minimumFamily,
    ...(enough ? {} : { download: policy.download }),
  };
}
