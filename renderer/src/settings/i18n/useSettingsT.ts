import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { interpolate, type Language, type Params } from '../../i18n/translate';
import { settingsEn, type SettingsMessageKey, type SettingsMessages } from './en';
import { settingsUr } from './ur';

export type SettingsTranslate = (key: SettingsMessageKey, params?: Params) => string;

export const settingsCatalogs: Readonly<Record<Language, SettingsMessages>> = {
  en: settingsEn,
  ur: settingsUr,
};

export function settingsTranslator(language: Language): SettingsTranslate {
  const messages = settingsCatalogs[language];
  return (key, params) => interpolate(messages[key], params);
}

/** The Settings screen's strings in the UI language. */
export function useSettingsT(): SettingsTranslate {
  const { language } = useI18n();
  return useMemo(() => settingsTranslator(language), [language]);
}
