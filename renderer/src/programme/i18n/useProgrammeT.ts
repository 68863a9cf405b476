import { featureCatalog, type CatalogTranslate } from '../../i18n/featureCatalog';
import type { Language } from '../../i18n/translate';
import { programmeEn, type ProgrammeMessageKey, type ProgrammeMessages } from './en';
import { programmeUr } from './ur';

export type ProgrammeTranslate = CatalogTranslate<ProgrammeMessageKey>;

export const programmeCatalogs: Readonly<Record<Language, ProgrammeMessages>> = {
  en: programmeEn,
  ur: programmeUr,
};

const catalog = featureCatalog(programmeCatalogs);

export const programmeTranslator = catalog.translator;

/** The programme screens' strings in the UI language (the app's language toggle switches them too). */
export const useProgrammeT = catalog.useTranslate;
