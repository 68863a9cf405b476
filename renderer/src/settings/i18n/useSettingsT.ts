import { featureCatalog, type CatalogTranslate } from '../../i18n/featureCatalog';
import type { Language } from '../../i18n/translate';
import { settingsEn, type SettingsMessageKey, type SettingsMessages } from './en';
import { settingsUr } from './ur';

export type SettingsTranslate = CatalogTranslate<SettingsMessageKey>;

export const settingsCatalogs: Readonly<Record<Language, SettingsMessages>> = {
  en: settingsEn,
  ur: settingsUr,
};

const catalog = featureCatalog(settingsCatalogs);

export const settingsTranslator = catalog.translator;

/** The Settings screen's strings in the UI language. */
export const useSettingsT = catalog.useTranslate;
