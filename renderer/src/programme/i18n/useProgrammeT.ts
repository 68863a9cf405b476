import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { interpolate, type Language, type Params } from '../../i18n/translate';
import { programmeEn, type ProgrammeMessageKey, type ProgrammeMessages } from './en';
import { programmeUr } from './ur';

export type ProgrammeTranslate = (key: ProgrammeMessageKey, params?: Params) => string;

export const programmeCatalogs: Readonly<Record<Language, ProgrammeMessages>> = {
  en: programmeEn,
  ur: programmeUr,
};

export function programmeTranslator(language: Language): ProgrammeTranslate {
  const messages = programmeCatalogs[language];
  return (key, params) => interpolate(messages[key], params);
}

/** The programme screens' strings in the UI language (the app's language toggle switches them too). */
export function useProgrammeT(): ProgrammeTranslate {
  const { language } = useI18n();
  return useMemo(() => programmeTranslator(language), [language]);
}
