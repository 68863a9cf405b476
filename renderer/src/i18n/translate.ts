import { en, type MessageKey, type Messages } from './en';
import { ur } from './ur';

export type Language = 'en' | 'ur';
export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: Params) => string;

export const catalogs: Readonly<Record<Language, Messages>> = { en, ur };

export const directionOf = (language: Language): 'ltr' | 'rtl' => (language === 'ur' ? 'rtl' : 'ltr');

/** Fills `{name}` placeholders; a placeholder without a value stays visible, so a mistake shows. */
export function interpolate(template: string, params: Params | undefined): string {
  if (params === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function translator(language: Language): Translate {
  const messages = catalogs[language];
  return (key, params) => interpolate(messages[key], params);
}
