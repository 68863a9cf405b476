import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { interpolate, type Language, type Params } from '../../i18n/translate';
import { clipsEn, type ClipsMessageKey, type ClipsMessages } from './en';
import { clipsUr } from './ur';

export type ClipsTranslate = (key: ClipsMessageKey, params?: Params) => string;

export const clipsCatalogs: Readonly<Record<Language, ClipsMessages>> = { en: clipsEn, ur: clipsUr };

export function clipsTranslator(language: Language): ClipsTranslate {
  const messages = clipsCatalogs[language];
  return (key, params) => interpolate(messages[key], params);
}

/** The clips screens' strings in the UI language (the app's language toggle switches them too). */
export function useClipsT(): ClipsTranslate {
  const { language } = useI18n();
  return useMemo(() => clipsTranslator(language), [language]);
}
