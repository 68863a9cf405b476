import { useMemo } from 'react';
import { useI18n } from './I18nContext';
import { interpolate, type Language, type Params } from './translate';

export type CatalogTranslate<Key extends string> = (key: Key, params?: Params) => string;

export interface FeatureCatalog<Key extends string> {
  /** The strings in one language, for code that is not a component (tests, pure wording helpers). */
  translator(language: Language): CatalogTranslate<Key>;
  /** The strings in the UI language; the app's language toggle switches them too. */
  useTranslate(): CatalogTranslate<Key>;
}

/**
 * A feature's own catalogue (clips, editor, programme, settings keep their strings beside their screens so
 * the app catalogue stays small): one translator and one hook for all of them, built here once.
 */
export function featureCatalog<Key extends string>(
  catalogs: Readonly<Record<Language, Readonly<Record<Key, string>>>>,
): FeatureCatalog<Key> {
  const translator = (language: Language): CatalogTranslate<Key> => {
    const messages = catalogs[language];
    return (key, params) => interpolate(messages[key], params);
  };
  function useTranslate(): CatalogTranslate<Key> {
    const { language } = useI18n();
    return useMemo(() => translator(language), [language]);
  }
  return { translator, useTranslate };
}
