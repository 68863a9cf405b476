import { useEffect, useRef, useState, type CSSProperties, type RefObject } from 'react';
import type { Frame } from '../../../shared/export/captionLayout';
import type { ReframeMode } from '../../../shared/export/presets';
import type { CaptionStyle } from '../../../shared/model/clips';
import { CaptionLines } from './CaptionLines';
import type { CaptionPreview } from './captionPreview';
import { fitBox } from './clipMath';
import { useClipsT } from './i18n/useClipsT';
import { useFollowVideo } from './useFollowVideo';

interface Props {
  frame: Frame;
  mode: ReframeMode;
  focusX: number;
  src: string;
  thumbnailSrc: string | undefined;
  currentMs: number;
  playing: boolean;
  captions: CaptionPreview;
  style: CaptionStyle;
  maxWidthPx?: number;
  maxHeightPx?: number;
}

/**
 * The clip as it will be published: a box with the preset's shape, the picture cropped (at the focus point),
 * fitted on a blurred copy of itself, or fitted between bars; the safe zone shaded; the captions of this
 * moment drawn in the chosen style. Sizes are in container units, so they follow the box.
 */
export function ClipPreview(props: Props) {
  const t = useClipsT();
  const { frame, mode, focusX, captions, style } = props;
  // The box never grows wider than the column it sits in (a 16:9 preview in a narrow dialog column).
  const figure = useRef<HTMLElement>(null);
  const roomPx = useAvailableWidthPx(figure);
  const box = fitBox(frame, Math.min(props.maxWidthPx ?? 420, roomPx ?? Infinity), props.maxHeightPx ?? 420);
  const video = useFollowVideo(props.currentMs, props.playing);
  const fit: CSSProperties =
    mode === 'crop'
      ? { objectFit: 'cover', objectPosition: `${focusX * 100}% 50%` }
      : { objectFit: 'contain' };
  const { zonePct } = captions;
  const hasCaption = captions.primary !== undefined || captions.secondary !== undefined;
  return (
    <figure ref={figure} className="clip-preview" data-testid="clip-preview" data-mode={mode} dir="ltr">
      <div
        className="preview-frame"
        style={{ inlineSize: `${box.widthPx}px`, blockSize: `${box.heightPx}px` }}
        data-aspect={`${frame.widthPx}x${frame.heightPx}`}
      >
        {mode === 'blur' && props.thumbnailSrc && (
          <img className="preview-blur" src={props.thumbnailSrc} alt="" aria-hidden="true" />
        )}
        <video
          ref={video}
          className="preview-video"
          src={props.src}
          muted
          playsInline
          preload="auto"
          data-testid="preview-video"
          style={fit}
        />
        <div
          className="preview-safe"
          data-testid="preview-safe-zone"
          title={t('safeZone')}
          style={{
            top: `${zonePct.top}%`,
            bottom: `${zonePct.bottom}%`,
            left: `${zonePct.left}%`,
            right: `${zonePct.right}%`,
          }}
        />
        <CaptionLines preview={captions} style={style} />
      </div>
      <figcaption className="hint">{hasCaption ? t('safeZone') : t('noCaptionsHere')}</figcaption>
    </figure>
  );
}

/** The width of the element's parent, followed as it changes; undefined until measured. */
function useAvailableWidthPx(element: RefObject<HTMLElement | null>): number | undefined {
  const [widthPx, setWidthPx] = useState<number | undefined>(undefined);
  useEffect(() => {
    const parent = element.current?.parentElement;
    if (!parent) return;
    const measure = () => {
      const styles = getComputedStyle(parent);
      const padding = parseFloat(styles.paddingInlineStart) + parseFloat(styles.paddingInlineEnd);
      setWidthPx(Math.max(80, Math.floor(parent.clientWidth - padding)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(parent);
    return () => observer.disconnect();
  }, [element]);
  return widthPx;
}
