import { featureCatalog, type CatalogTranslate } from '../../i18n/featureCatalog';
import type { Language } from '../../i18n/translate';
import { clipsEn, type ClipsMessageKey, type ClipsMessages } from './en';
import { clipsUr } from './ur';

export type ClipsTranslate = CatalogTranslate<ClipsMessageKey>;

export const clipsCatalogs: Readonly<Record<Language, ClipsMessages>> = { en: clipsEn, ur: clipsUr };

const catalog = featureCatalog(clipsCatalogs);

export const clipsTranslator = catalog.translator;

/** The clips screens' strings in the UI language (the app's language toggle switches them too). */
export const useClipsT = catalog.useTranslate;
