import type { Playback } from '../editor/usePlayback';
import type { ClipDraft } from './clipDraft';
import { formatClipDuration, formatClipTime } from './clipMath';
import { useClipsT } from './i18n/useClipsT';
import { TimeField } from './TimeField';

interface Props {
  draft: ClipDraft;
  update(patch: Partial<ClipDraft>): void;
  playback: Playback;
  snap: boolean;
  setSnap(snap: boolean): void;
}

/** Start and end of the clip: typed, or taken from the playhead (I and O); play, play the clip; snapping. */
export function ClipTimeControls({ draft, update, playback, snap, setSnap }: Props) {
  const t = useClipsT();
  const lengthMs = draft.endMs - draft.startMs;
  return (
    <div className="clip-times">
      <div className="clip-times-row">
        <button type="button" data-testid="clip-play" onClick={playback.togglePlay}>
          {playback.playing ? t('pause') : t('play')}
        </button>
        <button
          type="button"
          data-testid="clip-play-range"
          disabled={lengthMs <= 0}
          onClick={() => playback.playRange(draft.startMs, draft.endMs)}
        >
          {t('playClip')}
        </button>
        <span className="clip-playhead" dir="ltr" data-testid="clip-playhead">
          {formatClipTime(playback.currentMs, true)}
        </span>
      </div>
      <div className="clip-times-row">
        <TimeField
          key={`s${draft.startMs}`}
          label={t('start')}
          valueMs={draft.startMs}
          testId="clip-start"
          onChange={(startMs) => update({ startMs })}
        />
        <button
          type="button"
          data-testid="clip-mark-in"
          aria-keyshortcuts="I"
          onClick={() => update({ startMs: playback.currentMs })}
        >
          {t('inAtPlayhead')}
        </button>
        <TimeField
          key={`e${draft.endMs}`}
          label={t('end')}
          valueMs={draft.endMs}
          testId="clip-end"
          onChange={(endMs) => update({ endMs })}
        />
        <button
          type="button"
          data-testid="clip-mark-out"
          aria-keyshortcuts="O"
          onClick={() => update({ endMs: playback.currentMs })}
        >
          {t('outAtPlayhead')}
        </button>
      </div>
      <p className={lengthMs > 0 ? 'hint' : 'clip-error'} data-testid="clip-length" role="status">
        {lengthMs > 0 ? t('clipLength', { duration: formatClipDuration(lengthMs) }) : t('endBeforeStart')}
      </p>
      <label className="check">
        <input
          type="checkbox"
          data-testid="clip-snap"
          checked={snap}
          onChange={(event) => setSnap(event.target.checked)}
        />
        {t('snap')}
      </label>
    </div>
  );
}
