import { Fragment } from 'react';
import type { Track } from '../../../shared/transcript/model';
import { useT } from '../i18n/I18nContext';
import { useFocusedCue } from '../programme/ProgrammeNav';
import { cueDirection } from '../../../shared/text/cueDirection';
import { cueSpans, formatCueRange } from '../transcription/cueText';

/**
 * One track's cues: time range and text, in the track's language and direction; unsure words marked.
 * The cue a search result points at is highlighted and scrolled into view.
 */
export function CueList({ track, mediaId }: { track: Track; mediaId?: string }) {
  const t = useT();
  const focused = useFocusedCue(mediaId, track.id);
  const anyUncertain = track.cues.some((cue) => cueSpans(cue).some((span) => span.kind === 'uncertain'));
  return (
    <>
      {anyUncertain && <p className="hint uncertain-legend">{t('uncertainLegend')}</p>}
      <ol
        ref={focused.listRef}
        className="cue-list"
        data-testid="cue-list"
        data-track-kind={track.kind}
        lang={track.language}
        dir={track.direction}
      >
        {track.cues.map((cue) => (
          <li
            key={cue.id}
            className={cue.id === focused.cueId ? 'cue focused' : 'cue'}
            data-testid="cue"
            data-cue-id={cue.id}
            data-focused={cue.id === focused.cueId ? 'true' : undefined}
          >
            <span className="cue-time" dir="ltr">
              {formatCueRange(cue)}
            </span>
            <p className="cue-text" dir={cueDirection(cue.text, track.direction)}>
              {cueSpans(cue).map((span, index) =>
                span.kind === 'text' ? (
                  <Fragment key={index}>{span.text}</Fragment>
                ) : (
                  <span
                    key={index}
                    className="uncertain"
                    data-testid="uncertain-word"
                    title={t('uncertainWord', { percent: span.percent })}
                  >
                    {span.text}
                  </span>
                ),
              )}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
