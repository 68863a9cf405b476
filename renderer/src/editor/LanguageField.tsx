import { useState } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { languageNameKey } from '../transcription/modelChoice';
import { useEditorT } from './i18n/useEditorT';
import { suggestedLanguages as languages } from './importDefaults';

const OTHER = 'other';

/** A language for an imported track: the programme's usual ones, or any code (ar, fa, pnb, pa-Arab …). */
export function LanguageField({
  value,
  onChange,
  fromText,
}: {
  value: string;
  onChange(code: string): void;
  /** The value meaning "from the script of the text", offered first when given. */
  fromText?: string;
}) {
  const t = useEditorT();
  const app = useI18n().t;
  const listed = value === fromText || languages.some((code) => code === value);
  const [other, setOther] = useState(!listed);
  return (
    <div className="language-field">
      <label>
        {t('importLanguage')}
        <select
          data-testid="subtitle-import-language"
          value={other ? OTHER : value}
          onChange={(event) => {
            const chosen = event.target.value;
            setOther(chosen === OTHER);
            if (chosen !== OTHER) onChange(chosen);
          }}
        >
          {fromText !== undefined && <option value={fromText}>{t('languageFromText')}</option>}
          {languages.map((code) => {
            const key = languageNameKey(code);
            return (
              <option key={code} value={code}>
                {key ? app(key) : code}
              </option>
            );
          })}
          <option value={OTHER}>{t('languageOther')}</option>
        </select>
      </label>
      {other && (
        <label>
          {t('languageOther')}
          <input
            type="text"
            dir="ltr"
            data-testid="subtitle-import-language-code"
            value={value}
            pattern="[a-z]{2,3}(-[A-Za-z0-9]{2,8})*"
            onChange={(event) => onChange(event.target.value.trim())}
          />
        </label>
      )}
    </div>
  );
}
