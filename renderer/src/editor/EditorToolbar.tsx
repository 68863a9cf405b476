import type { ReactNode } from 'react';
import type { EditorSaveStatus } from './useEditorDocument';
import { useEditorT } from './i18n/useEditorT';
import type { ToolbarGroup } from './commands/context';
import { isEnabled, toolbarCommands, tooltipKeys, type EditorCommand } from './commands/registry';
import type { UrduFont } from './rowLayout';

interface Props {
  title: string;
  status: EditorSaveStatus;
  canUndo: boolean;
  canRedo: boolean;
  playing: boolean;
  rate: number;
  urduFont: UrduFont;
  notice: string | undefined;
  onBack(): void;
  onCommand(command: EditorCommand): void;
  onRate(rate: number): void;
  onFont(font: UrduFont): void;
  /** Subtitle files and retiming (EditorFileButtons). */
  fileActions?: ReactNode;
}

/** Back, title, save state, the edit commands, speed, the Urdu font, find and help. */
export function EditorToolbar(props: Props) {
  const t = useEditorT();
  const { status } = props;
  const state = { canUndo: props.canUndo, canRedo: props.canRedo, playing: props.playing };
  /** The buttons of one toolbar group, from the command registry. */
  const buttons = (group: ToolbarGroup) =>
    toolbarCommands(group).map((entry) => {
      const label = entry.toolbar?.icon?.(state) ?? (entry.labelKey ? t(entry.labelKey) : entry.id);
      return (
        <button
          key={entry.id}
          type="button"
          data-testid={`editor-${entry.id}`}
          title={`${label} (${tooltipKeys(entry.id)})`}
          disabled={!isEnabled(entry, state)}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => props.onCommand(entry.id)}
        >
          {label}
        </button>
      );
    });
  const statusText =
    status.state === 'failed'
      ? t('saveFailed', { message: status.message })
      : t(status.state === 'saved' ? 'saved' : status.state === 'saving' ? 'saving' : 'unsaved');
  return (
    <div className="editor-toolbar">
      <div className="editor-title-row">
        <button type="button" className="quiet" data-testid="editor-back" onClick={props.onBack}>
          {t('back')}
        </button>
        <h2 className="editor-title" dir="auto">
          {props.title}
        </h2>
        <span
          className={`save-status ${status.state}`}
          role="status"
          data-testid="editor-save-status"
          data-state={status.state}
        >
          {statusText}
        </span>
        {props.notice && (
          <span className="editor-notice" role="status" data-testid="editor-notice">
            {props.notice}
          </span>
        )}
        {props.fileActions}
      </div>
      <div className="editor-actions" role="toolbar">
        {buttons('history')}
        <span className="toolbar-gap" />
        {buttons('cues')}
        <span className="toolbar-gap" />
        {buttons('playback')}
        <label className="toggle">
          <input
            type="checkbox"
            data-testid="slow-down"
            checked={props.rate === 0.75}
            onChange={(event) => props.onRate(event.target.checked ? 0.75 : 1)}
          />
          {t('slowDown')}
        </label>
        <bdi className="rate" data-testid="playback-rate" title={t('speed')}>
          {props.rate}×
        </bdi>
        <span className="toolbar-gap" />
        <label className="font-choice">
          {t('urduFont')}
          <select
            data-testid="urdu-font"
            value={props.urduFont}
            onChange={(event) => props.onFont(event.target.value === 'naskh' ? 'naskh' : 'nastaliq')}
          >
            <option value="nastaliq">{t('fontNastaliq')}</option>
            <option value="naskh">{t('fontNaskh')}</option>
          </select>
        </label>
        {buttons('view')}
      </div>
    </div>
  );
}
