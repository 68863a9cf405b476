import { StrictMode, type ReactNode } from 'react';
import type { GuftaguClient } from '../api/client';
import { ClientContext } from '../api/ClientContext';
import { ErrorsContext, useErrorList } from '../hooks/ErrorsContext';
import { ModelsProvider } from '../hooks/ModelsContext';
import { useLanguage } from '../hooks/useLanguage';
import { I18nContext } from '../i18n/I18nContext';
import { Shell } from './Shell';

function ErrorsProvider({ children }: { children: ReactNode }) {
  return <ErrorsContext.Provider value={useErrorList()}>{children}</ErrorsContext.Provider>;
}

function LanguageProvider({ children }: { children: ReactNode }) {
  return <I18nContext.Provider value={useLanguage()}>{children}</I18nContext.Provider>;
}

export function App({ client }: { client: GuftaguClient }) {
  return (
    <StrictMode>
      <ClientContext.Provider value={client}>
        <ErrorsProvider>
          <LanguageProvider>
            <ModelsProvider>
              <Shell />
            </ModelsProvider>
          </LanguageProvider>
        </ErrorsProvider>
      </ClientContext.Provider>
    </StrictMode>
  );
}
