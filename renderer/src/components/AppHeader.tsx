import { useEffect, useState } from 'react';
import { useClient } from '../api/ClientContext';
import { useModelsContext } from '../hooks/ModelsContext';
import { useI18n } from '../i18n/I18nContext';
import { ReportsButton } from '../programme/ReportsButton';
import { SearchBox } from '../programme/SearchBox';
import { SettingsButton } from '../settings/SettingsButton';

/** App name, connection state (browser mode), search, reports, Models, Settings and the language toggle. */
export function AppHeader() {
  const { t, language, setLanguage } = useI18n();
  const { connection } = useClient();
  const { openDialog } = useModelsContext();
  const [state, setState] = useState(connection.state);
  useEffect(() => {
    setState(connection.state);
    return connection.onChange(setState);
  }, [connection]);

  const other = language === 'en' ? 'ur' : 'en';
  return (
    <header className="app-header">
      <h1 className="app-name">{t('appName')}</h1>
      {state !== 'open' && (
        <span className="connection" role="status" data-testid="connection-state">
          {t(state === 'connecting' ? 'connecting' : 'reconnecting')}
        </span>
      )}
      <SearchBox />
      <ReportsButton />
      <button type="button" className="models-button" data-testid="models-button" onClick={openDialog}>
        {t('models')}
      </button>
      <SettingsButton />
      <button
        type="button"
        className="language-toggle"
        data-testid="language-toggle"
        lang={other}
        title={t('otherLanguageName')}
        aria-label={`${t('language')}: ${t('otherLanguage')}`}
        onClick={() => setLanguage(other)}
      >
        {t('otherLanguage')}
      </button>
    </header>
  );
}
