import { useRef } from 'react';
import type { Track } from '../../../shared/transcript/model';
import { clipFromCues, titleFromText } from './clipMath';
import { newDraft } from './clipDraft';
import { useClipsActions } from './ClipsContext';
import { useClipsT } from './i18n/useClipsT';
import { useCueSelection } from './useCueSelection';

interface Props {
  track: Track;
  mediaId: string;
}

/** "Clip from selection" above a transcript: the selected lines' range opens in the clip editor. */
export function ClipFromSelection({ track, mediaId }: Props) {
  const t = useClipsT();
  const actions = useClipsActions();
  const anchor = useRef<HTMLDivElement>(null);
  const cueIds = useCueSelection(anchor, track.id);
  if (!actions) return null;
  const range = clipFromCues(track, cueIds);
  return (
    <div ref={anchor} className="clip-from-selection">
      <button
        type="button"
        data-testid="clip-from-selection"
        disabled={range === undefined}
        title={range === undefined ? t('selectCuesHint') : undefined}
        onClick={() => {
          if (!range) return;
          actions.openEditor(
            newDraft(mediaId, range, {
              title: titleFromText(range.text),
              ...(range.speakerId ? { speakerId: range.speakerId } : {}),
            }),
          );
        }}
      >
        {t('clipFromSelection')}
        {cueIds.length > 0 && <span className="badge">{cueIds.length}</span>}
      </button>
    </div>
  );
}
