import type { ReactNode } from 'react';
import type { EditorSaveStatus } from './useEditorDocument';
import { useEditorT } from './i18n/useEditorT';
import type { EditorCommand } from './keymap';
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
  const button = (command: EditorCommand, label: string, keys: string, disabled = false) => (
    <button
      type="button"
      data-testid={`editor-${command}`}
      title={`${label} (${keys})`}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => props.onCommand(command)}
    >
      {label}
    </button>
  );
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
        {button('undo', t('undo'), 'Ctrl+Z', !props.canUndo)}
        {button('redo', t('redo'), 'Ctrl+Shift+Z', !props.canRedo)}
        <span className="toolbar-gap" />
        {button('split', t('split'), 'Ctrl+Enter')}
        {button('merge', t('merge'), 'Ctrl+M')}
        {button('insert-after', t('insert'), 'Ctrl+Shift+Enter')}
        {button('delete-cue', t('deleteCue'), 'Ctrl+Shift+Backspace')}
        <span className="toolbar-gap" />
        {button('play-pause', props.playing ? '❚❚' : '▶', 'Ctrl+Space')}
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
        {button('next-uncertain', t('nextUncertain'), 'F9')}
        {button('find', t('find'), 'Ctrl+F')}
        {button('help', '?', '?')}
      </div>
    </div>
  );
}
