import { editorCommandEntries } from './commands/registry';
import { chordLabel } from './commands/keyChord';
import { useEditorT } from './i18n/useEditorT';

/** The list of keyboard shortcuts (opened with ? or F1), built from the command registry. */
export function ShortcutsHelp({ onClose }: { onClose(): void }) {
  const t = useEditorT();
  return (
    <div
      className="shortcuts-help"
      role="dialog"
      aria-modal="false"
      aria-labelledby="shortcuts-title"
      data-testid="shortcuts-help"
    >
      <header>
        <h3 id="shortcuts-title">{t('shortcuts')}</h3>
        <button type="button" onClick={onClose} data-testid="shortcuts-close">
          {t('close')}
        </button>
      </header>
      <dl>
        {editorCommandEntries.map((entry) => (
          <div key={entry.id} className="shortcut">
            <dt dir="ltr">
              {entry.keys.map(chordLabel).map((label) => (
                <kbd key={label}>{label}</kbd>
              ))}
            </dt>
            <dd>{t(entry.helpKey)}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">{t('helpTyping')}</p>
    </div>
  );
}
