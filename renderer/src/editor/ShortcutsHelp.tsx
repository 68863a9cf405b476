import type { EditorMessageKey } from './i18n/en';
import { useEditorT } from './i18n/useEditorT';
import { editorCommands, shortcutLabels, type EditorCommand } from './keymap';

const helpKeys: Readonly<Record<EditorCommand, EditorMessageKey>> = {
  'play-pause': 'help_playPause',
  'replay-cue': 'help_replay',
  slower: 'help_slower',
  faster: 'help_faster',
  split: 'help_split',
  merge: 'help_merge',
  'insert-after': 'help_insert',
  'delete-cue': 'help_delete',
  undo: 'help_undo',
  redo: 'help_redo',
  'nudge-in-earlier': 'help_nudgeInEarlier',
  'nudge-in-later': 'help_nudgeInLater',
  'nudge-out-earlier': 'help_nudgeOutEarlier',
  'nudge-out-later': 'help_nudgeOutLater',
  'next-problem': 'help_nextProblem',
  'next-uncertain': 'help_nextUncertain',
  find: 'help_find',
  help: 'help_help',
  close: 'help_close',
  retime: 'help_retime',
  'speaker-1': 'help_speaker1',
  'speaker-2': 'help_speaker2',
  'speaker-3': 'help_speaker3',
  'speaker-4': 'help_speaker4',
  'speaker-none': 'help_speakerNone',
};

/** The list of keyboard shortcuts (opened with ? or F1). */
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
        {editorCommands.map((command) => (
          <div key={command} className="shortcut">
            <dt dir="ltr">
              {shortcutLabels[command].map((label) => (
                <kbd key={label}>{label}</kbd>
              ))}
            </dt>
            <dd>{t(helpKeys[command])}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">{t('helpTyping')}</p>
    </div>
  );
}
