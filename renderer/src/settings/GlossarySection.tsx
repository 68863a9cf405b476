import { useId, useState } from 'react';
import { useClient } from '../api/ClientContext';
import { useReport } from '../hooks/ErrorsContext';
import { useGlossaryTerms } from '../transcription/useGlossaryTerms';
import { useSettingsT } from './i18n/useSettingsT';

/**
 * The workspace glossary (glossary.json): terms whisper's prompt spells as the team writes them. Each change is
 * saved at once and announced, so other windows' transcribe forms and this list follow without a reload.
 */
export function GlossarySection() {
  const t = useSettingsT();
  const id = useId();
  const { api } = useClient();
  const report = useReport();
  const { terms, refresh } = useGlossaryTerms();
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState(false);
  const run = (action: () => Promise<unknown>) => {
    setBusy(true);
    action()
      .then(refresh, report)
      .finally(() => setBusy(false));
  };

  return (
    <section aria-labelledby={`${id}-heading`} data-testid="glossary-section">
      <h3 id={`${id}-heading`}>{t('glossaryHeading')}</h3>
      <p className="settings-hint">{t('glossaryHelp')}</p>
      <form
        className="settings-path"
        onSubmit={(event) => {
          event.preventDefault();
          run(async () => {
            await api['glossary.add']({ term: draft });
            setDraft('');
          });
        }}
      >
        <label htmlFor={`${id}-term`}>{t('glossaryNewTerm')}</label>
        <input
          id={`${id}-term`}
          data-testid="glossary-input"
          dir="auto"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit" data-testid="glossary-add" disabled={busy || draft.trim() === ''}>
          {t('glossaryAdd')}
        </button>
      </form>
      {terms !== undefined && terms.length === 0 ? (
        <p className="empty">{t('glossaryEmpty')}</p>
      ) : (
        <ul className="glossary-terms" data-testid="glossary-terms">
          {(terms ?? []).map((term) => (
            <li key={term} data-testid="glossary-term">
              <bdi>{term}</bdi>
              <button
                type="button"
                className="glossary-remove"
                aria-label={t('glossaryRemove', { term })}
                title={t('glossaryRemove', { term })}
                disabled={busy}
                onClick={() => run(() => api['glossary.remove']({ term }))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
