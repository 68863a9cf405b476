import { useId, useState } from 'react';
import { useSettingsT } from './i18n/useSettingsT';

interface Props {
  label: string;
  value: string | undefined;
  /** False in browser mode: the path is shown with the command that sets it. */
  editable: boolean;
  settingName: 'ffmpegPath' | 'whisperPath';
  onSave(value: string): void;
  onClear(): void;
}

/** A program's path: editable in the desktop app, shown with its command line in the browser. */
export function PathSetting({ label, value, editable, settingName, onSave, onClear }: Props) {
  const t = useSettingsT();
  const id = useId();
  const [draft, setDraft] = useState(value ?? '');
  if (!editable)
    return (
      <div className="settings-path" data-testid={`setting-${settingName}`}>
        <span>{label}</span>
        <bdi dir="ltr">{value ?? t('notSet')}</bdi>
        <p className="settings-hint">
          {t('pathsFromCommandLine')}
          <code dir="ltr">guftagu settings set {settingName} &lt;file&gt;</code>
        </p>
      </div>
    );
  return (
    <form
      className="settings-path"
      data-testid={`setting-${settingName}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (draft.trim() !== '') onSave(draft.trim());
      }}
    >
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        dir="ltr"
        value={draft}
        placeholder={t('notSet')}
        onChange={(e) => setDraft(e.target.value)}
      />
      <button type="submit" disabled={draft.trim() === '' || draft.trim() === value}>
        {t('savePath')}
      </button>
      {value !== undefined && (
        <button
          type="button"
          onClick={() => {
            setDraft('');
            onClear();
          }}
        >
          {t('clearPath')}
        </button>
      )}
    </form>
  );
}
