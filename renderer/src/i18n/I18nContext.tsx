import { createContext, useContext } from 'react';
import { translator, type Language, type Translate } from './translate';

export interface I18n {
  language: Language;
  t: Translate;
  setLanguage(language: Language): void;
}

export const I18nContext = createContext<I18n>({
  language: 'en',
  t: translator('en'),
  setLanguage: () => undefined,
});

export const useI18n = (): I18n => useContext(I18nContext);
export const useT = (): Translate => useContext(I18nContext).t;
