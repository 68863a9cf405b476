import { featureCatalog, type CatalogTranslate } from '../../i18n/featureCatalog';
import type { Language } from '../../i18n/translate';
import { editorEn, type EditorMessageKey, type EditorMessages } from './en';
import { editorUr } from './ur';

export type EditorTranslate = CatalogTranslate<EditorMessageKey>;

export const editorCatalogs: Readonly<Record<Language, EditorMessages>> = { en: editorEn, ur: editorUr };

const catalog = featureCatalog(editorCatalogs);

export const editorTranslator = catalog.translator;

/** The editor's strings in the UI language (the app's language toggle switches them too). */
export const useEditorT = catalog.useTranslate;
