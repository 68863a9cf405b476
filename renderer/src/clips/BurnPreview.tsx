import type { Frame } from '../../../shared/export/captionLayout';
import { formatTimestamp } from '../../../shared/subtitles/timestamps';
import { fitBox } from './clipMath';
import { useClipsT } from './i18n/useClipsT';
import type { BurnPreviewRequest, BurnPreviewState } from './useBurnPreview';

interface Props {
  state: BurnPreviewState;
  /** The request for the frame at the playhead, or undefined when the playhead is outside the clip. */
  request: BurnPreviewRequest | undefined;
  frame: Frame;
  maxWidthPx?: number;
  maxHeightPx?: number;
}

/**
 * The preview that is the burn: on demand, the frame at the playhead rendered by the same ffmpeg, filtergraph,
 * ASS file and fonts as the export, shown at the live preview's size with the font that burned.
 */
export function BurnPreview({ state, request, frame, maxWidthPx, maxHeightPx }: Props) {
  const t = useClipsT();
  const box = fitBox(frame, maxWidthPx ?? 420, maxHeightPx ?? 420);
  const { still } = state;
  return (
    <section className="burn-preview" data-testid="burn-preview">
      <div className="dialog-actions">
        <button
          type="button"
          data-testid="burn-preview-render"
          disabled={state.busy || !request}
          onClick={() => request && void state.render(request)}
        >
          {state.busy ? t('burnPreviewBusy') : t('burnPreview')}
        </button>
        {still && (
          <button type="button" data-testid="burn-preview-close" onClick={state.clear}>
            {t('burnPreviewClose')}
          </button>
        )}
      </div>
      {state.error && (
        <p className="clip-error-box" role="alert" dir="auto" data-testid="burn-preview-error">
          {t('burnPreviewFailed', { message: state.error })}
        </p>
      )}
      {still && (
        <figure data-testid="burn-preview-still" data-caption-font={still.captionFont} dir="ltr">
          <img
            src={still.dataUrl}
            alt={t('burnPreviewAlt', { time: formatTimestamp(still.atMs, '.') })}
            style={{ inlineSize: `${box.widthPx}px`, blockSize: `${box.heightPx}px` }}
          />
          <figcaption className="hint" dir="auto">
            {t('burnPreviewHint')} <bdi>{still.captionFont}</bdi>
          </figcaption>
        </figure>
      )}
    </section>
  );
}
