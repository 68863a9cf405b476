import { useId } from 'react';
import type { CaptionStyle, Clip } from '../../../shared/model/clips';
import type { Session } from '../../../shared/model/session';
import { ClipRow } from './ClipRow';
import { ExportsList } from './ExportsList';
import { useT } from '../i18n/I18nContext';
import { builtInName } from '../i18n/engineText';
import { useClipsT } from './i18n/useClipsT';
import { useFocusTarget } from '../programme/ProgrammeNav';

interface Props {
  session: Session;
  clips: readonly Clip[] | undefined;
  styles: readonly CaptionStyle[];
  styleId: string;
  onStyle(styleId: string): void;
  onNew: (() => void) | undefined;
  onEdit(clip: Clip): void;
  onRemove(clip: Clip): Promise<void>;
  onExport(clipIds: string[]): void;
  onPresets(): void;
  onEditStyle(): void;
}

/** The session's clips with their tools (new clip, caption style, presets, export) and its exports. */
export function ClipsSection(props: Props) {
  const t = useClipsT();
  const appT = useT();
  const headingId = useId();
  const { session, clips } = props;
  const focus = useFocusTarget(session.id);
  return (
    <section className="clips-section" data-testid="clips-section" aria-labelledby={headingId}>
      <div className="clips-head">
        <h3 id={headingId}>{t('clips')}</h3>
        <div className="clips-tools">
          <button type="button" data-testid="clip-new" disabled={!props.onNew} onClick={props.onNew}>
            {t('newClip')}
          </button>
          <label className="inline-field">
            {t('captionStyle')}{' '}
            <select
              data-testid="caption-style-select"
              value={props.styleId}
              onChange={(event) => props.onStyle(event.target.value)}
            >
              {props.styles.map((style) => (
                <option key={style.id} value={style.id}>
                  {builtInName(appT, 'style', style)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" data-testid="caption-style-edit" onClick={props.onEditStyle}>
            {t('editStyle')}
          </button>
          <button type="button" data-testid="presets-open" onClick={props.onPresets}>
            {t('presets')}
          </button>
          <button
            type="button"
            className="primary"
            data-testid="export-open"
            disabled={!clips || clips.length === 0}
            onClick={() => props.onExport((clips ?? []).map((clip) => clip.id))}
          >
            {t('batchExport')}
          </button>
        </div>
      </div>
      {clips === undefined ? null : clips.length === 0 ? (
        <p className="empty">{t('noClips')}</p>
      ) : (
        <ul className="clip-list" data-testid="clip-list">
          {clips.map((clip) => (
            <ClipRow
              key={clip.id}
              clip={clip}
              participants={session.participants}
              highlightSeq={focus?.clipId === clip.id ? focus.seq : undefined}
              onEdit={() => props.onEdit(clip)}
              onPreview={() => props.onEdit(clip)}
              onRemove={() => props.onRemove(clip)}
            />
          ))}
        </ul>
      )}
      <ExportsList session={session} clips={clips ?? []} />
    </section>
  );
}
