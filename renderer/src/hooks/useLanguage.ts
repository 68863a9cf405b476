import { useCallback, useEffect, useMemo, useState } from 'react';
import { useClient } from '../api/ClientContext';
import type { I18n } from '../i18n/I18nContext';
import { directionOf, translator, type Language } from '../i18n/translate';
import { useReport } from './ErrorsContext';

const CACHE_KEY = 'guftagu.uiLanguage';

function cachedLanguage(): Language {
  try {
    return window.localStorage.getItem(CACHE_KEY) === 'ur' ? 'ur' : 'en';
  } catch {
    return 'en';
  }
}

/**
 * The UI language: read from settings at start, saved with settings.update. A copy in localStorage
 * only avoids a flash of English before the settings arrive.
 */
export function useLanguage(): I18n {
  const { api } = useClient();
  const report = useReport();
  const [language, setLanguageState] = useState<Language>(cachedLanguage);

  useEffect(() => {
    api['settings.get']({}).then((settings) => setLanguageState(settings.uiLanguage), report);
  }, [api, report]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = directionOf(language);
    try {
      window.localStorage.setItem(CACHE_KEY, language);
    } catch {
      // Storage may be unavailable (private mode); the setting itself is saved by the engine.
    }
  }, [language]);

  const setLanguage = useCallback(
    (next: Language) => {
      const previous = language;
      setLanguageState(next);
      api['settings.update']({ uiLanguage: next }).catch((error: unknown) => {
        setLanguageState(previous);
        report(error);
      });
    },
    [api, language, report],
  );

  return useMemo(() => ({ language, t: translator(language), setLanguage }), [language, setLanguage]);
}
