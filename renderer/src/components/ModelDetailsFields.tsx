import { useState } from 'react';
import { parseModelLanguages } from '../../../shared/model/modelRegistry';
import type { ModelDetails } from '../hooks/useModels';
import { useT } from '../i18n/I18nContext';

export interface ModelDetailsDraft {
  name: string;
  languages: string;
  setName(name: string): void;
  setLanguages(languages: string): void;
  /** Whether the languages field was refused on the last read. */
  languagesInvalid: boolean;
  /** The details to send, or undefined (and the field marked) when the languages are not codes. */
  read(): ModelDetails | undefined;
  clear(): void;
}

/** The name and languages typed for a model being imported, uploaded or renamed. */
export function useModelDetailsDraft(initial: { name?: string; languages?: readonly string[] } = {}) {
  const [name, setName] = useState(initial.name ?? '');
  const [languages, setLanguagesText] = useState((initial.languages ?? []).join(', '));
  const [languagesInvalid, setInvalid] = useState(false);
  const draft: ModelDetailsDraft = {
    name,
    languages,
    setName,
    setLanguages: (text) => {
      setLanguagesText(text);
      setInvalid(false);
    },
    languagesInvalid,
    read() {
      try {
        const codes = parseModelLanguages(languages);
        return {
          ...(name.trim() ? { displayName: name.trim() } : {}),
          ...(codes.length > 0 ? { languages: codes } : {}),
        };
      } catch {
        setInvalid(true);
        return undefined;
      }
    },
    clear() {
      setName('');
      setLanguagesText('');
      setInvalid(false);
    },
  };
  return draft;
}

interface Props {
  draft: ModelDetailsDraft;
  idPrefix: string;
  testIdPrefix: string;
}

/** Two inputs: the name to show ("Urdu small fine-tune") and the language codes ("ur, en"). */
export function ModelDetailsFields({ draft, idPrefix, testIdPrefix }: Props) {
  const t = useT();
  return (
    <div className="model-details">
      <label className="field" htmlFor={`${idPrefix}-name`}>
        <span>{t('modelDisplayName')}</span>
        <input
          id={`${idPrefix}-name`}
          data-testid={`${testIdPrefix}-name`}
          dir="auto"
          maxLength={80}
          value={draft.name}
          placeholder={t('modelDisplayNamePlaceholder')}
          onChange={(event) => draft.setName(event.target.value)}
        />
      </label>
      <label className="field" htmlFor={`${idPrefix}-languages`}>
        <span>{t('modelLanguages')}</span>
        <input
          id={`${idPrefix}-languages`}
          data-testid={`${testIdPrefix}-languages`}
          dir="ltr"
          value={draft.languages}
          placeholder={t('modelLanguagesPlaceholder')}
          aria-invalid={draft.languagesInvalid || undefined}
          onChange={(event) => draft.setLanguages(event.target.value)}
        />
      </label>
      {draft.languagesInvalid && (
        <p className="input-error" role="alert" data-testid={`${testIdPrefix}-languages-invalid`}>
          {t('modelLanguagesInvalid')}
        </p>
      )}
    </div>
  );
}
