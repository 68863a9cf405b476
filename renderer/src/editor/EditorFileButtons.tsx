import { commandEntry, tooltipKeys } from './commands/registry';
import { useEditorT } from './i18n/useEditorT';
import type { EditorDialogKind } from './useEditorExtras';

/** The toolbar's subtitle-file group (import, export) and the shift/stretch dialog. */
export function EditorFileButtons({ onOpen }: { onOpen(dialog: EditorDialogKind): void }) {
  const t = useEditorT();
  const button = (dialog: EditorDialogKind, label: string, keys?: string) => (
    <button
      type="button"
      data-testid={`editor-open-${dialog}`}
      title={keys ? `${label} (${keys})` : label}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onOpen(dialog)}
    >
      {label}
    </button>
  );
  return (
    <span className="editor-file-actions">
      {button('retime', t(commandEntry('retime').labelKey ?? 'retimeButton'), tooltipKeys('retime'))}
      <span className="toolbar-group" role="group" aria-label={t('subtitleFiles')}>
        <span className="toolbar-group-label">{t('subtitleFiles')}</span>
        {button('import', t('importSubtitles'))}
        {button('export', t('exportSubtitles'))}
      </span>
    </span>
  );
}
