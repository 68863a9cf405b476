import { fillTemplate } from '../../../shared/errorTexts';
import { en, type MessageKey, type Messages } from './en';
import { ur } from './ur';

export type Language = 'en' | 'ur';
export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: Params) => string;

export const catalogs: Readonly<Record<Language, Messages>> = { en, ur };

export const directionOf = (language: Language): 'ltr' | 'rtl' => (language === 'ur' ? 'rtl' : 'ltr');

/** Fills `{name}` placeholders; a placeholder without a value stays visible, so a mistake shows. */
export const interpolate = (template: string, params: Params | undefined): string =>
  fillTemplate(template, params);

export function translator(language: Language): Translate {
  const messages = catalogs[language];
  return (key, params) => interpolate(messages[key], params);
}
