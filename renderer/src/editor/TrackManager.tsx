import { useState } from 'react';
import { changeTrack, type TrackChange } from '../../../shared/editor/trackOps';
import { textDirections, trackKinds, type Track, type Transcript } from '../../../shared/transcript/model';
import { useI18n } from '../i18n/I18nContext';
import { languageNameKey } from '../transcription/modelChoice';
import { useEditorT } from './i18n/useEditorT';
import { suggestedLanguages } from './importDefaults';

interface Props {
  tracks: readonly Track[];
  /** Records the change in the editor's history (Ctrl+Z undoes it) and autosaves it. */
  apply(update: (transcript: Transcript) => Transcript): void;
}

/**
 * The transcript's tracks as a whole: name, language, kind, direction, order, removal. Every change is one
 * step of the editor's undo history, a removal included.
 */
export function TrackManager({ tracks, apply }: Props) {
  const t = useEditorT();
  const app = useI18n().t;
  const change = (next: TrackChange) => apply((transcript) => changeTrack(transcript, next));
  const languageName = (code: string) => {
    const key = languageNameKey(code);
    return key ? app(key) : code;
  };
  return (
    <details className="track-manager" data-testid="track-manager">
      <summary>{t('tracksTitle', { count: tracks.length })}</summary>
      <p className="hint">{t('tracksHint')}</p>
      <ol className="track-manager-list">
        {tracks.map((track, index) => (
          <li key={track.id} data-testid="track-row" data-track-id={track.id}>
            <TrackName
              track={track}
              onRename={(label) => change({ kind: 'rename', trackId: track.id, label })}
            />
            <label>
              {t('importLanguage')}{' '}
              <select
                data-testid="track-language"
                value={track.language}
                onChange={(event) =>
                  change({ kind: 'language', trackId: track.id, language: event.target.value })
                }
              >
                {[...new Set([track.language, ...suggestedLanguages])].map((code) => (
                  <option key={code} value={code}>
                    {languageName(code)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('trackKindLabel')}{' '}
              <select
                data-testid="track-kind"
                value={track.kind}
                onChange={(event) => {
                  const kind = trackKinds.find((item) => item === event.target.value);
                  if (kind) change({ kind: 'kind', trackId: track.id, trackKind: kind });
                }}
              >
                {trackKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(kind === 'transcript' ? 'kindTranscript' : 'kindTranslation')}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('trackDirectionLabel')}{' '}
              <select
                data-testid="track-direction"
                value={track.direction}
                onChange={(event) => {
                  const direction = textDirections.find((item) => item === event.target.value);
                  if (direction) change({ kind: 'direction', trackId: track.id, direction });
                }}
              >
                {textDirections.map((direction) => (
                  <option key={direction} value={direction}>
                    {t(direction === 'rtl' ? 'directionRtl' : 'directionLtr')}
                  </option>
                ))}
              </select>
            </label>
            <span className="track-manager-actions">
              <button
                type="button"
                data-testid="track-move-up"
                disabled={index === 0}
                aria-label={t('trackMoveUp')}
                onClick={() => change({ kind: 'move', trackId: track.id, by: -1 })}
              >
                ↑
              </button>
              <button
                type="button"
                data-testid="track-move-down"
                disabled={index === tracks.length - 1}
                aria-label={t('trackMoveDown')}
                onClick={() => change({ kind: 'move', trackId: track.id, by: 1 })}
              >
                ↓
              </button>
              <button
                type="button"
                className="quiet"
                data-testid="track-remove"
                disabled={tracks.length <= 1}
                onClick={() => change({ kind: 'remove', trackId: track.id })}
              >
                {t('trackRemove')}
              </button>
            </span>
          </li>
        ))}
      </ol>
    </details>
  );
}

/** The track's own name: committed on Enter or leaving the field; empty = named by language and kind. */
function TrackName({ track, onRename }: { track: Track; onRename(label: string): void }) {
  const t = useEditorT();
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const commit = () => {
    if (draft !== undefined) onRename(draft);
    setDraft(undefined);
  };
  return (
    <label>
      {t('trackNameLabel')}{' '}
      <input
        type="text"
        dir="auto"
        data-testid="track-name"
        maxLength={100}
        placeholder={t('trackNamePlaceholder')}
        value={draft ?? track.label ?? ''}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          }
        }}
      />
    </label>
  );
}
