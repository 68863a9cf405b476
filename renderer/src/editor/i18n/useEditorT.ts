import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { interpolate, type Language, type Params } from '../../i18n/translate';
import { editorEn, type EditorMessageKey, type EditorMessages } from './en';
import { editorUr } from './ur';

export type EditorTranslate = (key: EditorMessageKey, params?: Params) => string;

export const editorCatalogs: Readonly<Record<Language, EditorMessages>> = { en: editorEn, ur: editorUr };

export function editorTranslator(language: Language): EditorTranslate {
  const messages = editorCatalogs[language];
  return (key, params) => interpolate(messages[key], params);
}

/** The editor's strings in the UI language (the app's language toggle switches them too). */
export function useEditorT(): EditorTranslate {
  const { language } = useI18n();
  return useMemo(() => editorTranslator(language), [language]);
}
