import type { ApiResponse } from '../../../shared/api/contract';
import {
  modelFamilies,
  verificationLabel,
  type InstalledModel,
  type ModelFamily,
  type ModelVerification,
} from '../../../shared/model/whisperModels';
import type { MessageKey } from '../i18n/en';

export type ModelsList = ApiResponse<'models.list'>;
export type CatalogueEntry = ModelsList['catalogue'][number];

/** The languages the users speak (GUIDELINES.md), in the order the form offers them. */
export const transcribeLanguages = ['auto', 'ur', 'en', 'sd', 'pa', 'ps'] as const;
export type TranscribeLanguage = (typeof transcribeLanguages)[number];

const familyRank = (family: ModelFamily | undefined): number =>
  family === undefined ? -1 : modelFamilies.indexOf(family);

/** A model that can be chosen: anything that is not damaged. */
export const usableModel = (model: InstalledModel): boolean => model.verification !== 'damaged';

/**
 * The model the form starts with: the largest usable multilingual model (large > medium > small > base >
 * tiny; unquantized and checksum-verified first within a family), else the largest usable English-only one.
 */
export function defaultModel(installed: readonly InstalledModel[]): InstalledModel | undefined {
  const score = (model: InstalledModel): number[] => [
    model.multilingual === false ? 0 : 1,
    familyRank(model.family),
    model.verification === 'checksum' ? 1 : 0,
    model.sizeBytes,
  ];
  const better = (a: InstalledModel, b: InstalledModel): boolean => {
    const [sa, sb] = [score(a), score(b)];
    for (let index = 0; index < sa.length; index += 1) {
      const difference = (sa[index] ?? 0) - (sb[index] ?? 0);
      if (difference !== 0) return difference > 0;
    }
    return false;
  };
  return installed
    .filter(usableModel)
    .reduce<InstalledModel | undefined>(
      (best, model) => (best === undefined || better(model, best) ? model : best),
      undefined,
    );
}

/** tiny and base: fine for quick drafts and English, too weak for Urdu. */
export const isDraftModel = (model: Pick<InstalledModel, 'family'> | undefined): boolean =>
  model?.family === 'tiny' || model?.family === 'base';

/** The advice the form shows for a language and model, if any. */
export function languageAdvice(
  language: TranscribeLanguage,
  model: Pick<InstalledModel, 'family' | 'multilingual'> | undefined,
): MessageKey | undefined {
  if (model === undefined) return undefined;
  if (model.multilingual === false && language !== 'en') return 'englishOnlyModel';
  if (language === 'ur' && isDraftModel(model)) return 'urduNeedsSmall';
  return undefined;
}

/** What to offer when nothing is installed: small for Urdu, base for quick English drafts. */
export function recommendedDownloads(
  catalogue: readonly CatalogueEntry[],
): { entry: CatalogueEntry; reason: MessageKey }[] {
  const wanted: [string, MessageKey][] = [
    ['small', 'recommendedForUrdu'],
    ['base', 'recommendedForDrafts'],
  ];
  return wanted.flatMap(([id, reason]) => {
    const entry = catalogue.find((candidate) => candidate.id === id);
    return entry ? [{ entry, reason }] : [];
  });
}

/** The i18n key of a model's verification label ("verified", "not verified", "damaged"). */
export function verificationKey(verification: ModelVerification): MessageKey {
  switch (verificationLabel(verification)) {
    case 'verified':
      return 'modelVerified';
    case 'damaged':
      return 'modelDamaged';
    default:
      return 'modelNotVerified';
  }
}

/** The i18n key naming a language code, or undefined for a language the UI has no name for. */
export function languageNameKey(code: string): MessageKey | undefined {
  const names: Readonly<Record<string, MessageKey>> = {
    auto: 'langAuto',
    ur: 'langUrdu',
    en: 'langEnglish',
    sd: 'langSindhi',
    pa: 'langPunjabi',
    ps: 'langPashto',
  };
  return names[code];
}

/**
 * A language's name in the UI's language: our own words for the languages we offer, else the browser's
 * (auto-detect found "nl": "Dutch", "ڈچ"), else the code itself.
 */
export function languageLabel(code: string, uiLanguage: string, t: (key: MessageKey) => string): string {
  const key = languageNameKey(code);
  if (key !== undefined) return t(key);
  try {
    return new Intl.DisplayNames([uiLanguage, 'en'], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code; // not a language code at all
  }
}
