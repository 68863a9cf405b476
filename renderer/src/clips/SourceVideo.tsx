import { useRef, type PointerEvent } from 'react';
import { focusForCentre } from './clipMath';
import { useClipsT } from './i18n/useClipsT';

interface Props {
  src: string;
  /** The picture's shape (width / height), so the box and the band match it. */
  aspect: number;
  attach(video: HTMLVideoElement | null): void;
  /** The crop window for the preview's preset (fractions of the width), or undefined when nothing is cut. */
  window: { left: number; width: number } | undefined;
  focusX: number;
  onFocus(focusX: number): void;
}

/**
 * The recording with the part a crop keeps drawn as a band over it; dragging the band (or the arrow keys on
 * it) moves the focus point. The picture is never mirrored, so the band works in physical left/right.
 */
export function SourceVideo({ src, aspect, attach, window, focusX, onFocus }: Props) {
  const t = useClipsT();
  const box = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);

  const moveTo = (event: PointerEvent<HTMLDivElement>) => {
    const rect = box.current?.getBoundingClientRect();
    if (!rect || !window || rect.width === 0) return;
    const centre = (event.clientX - rect.left) / rect.width;
    onFocus(Math.round(focusForCentre(centre, window.width) * 1000) / 1000);
  };

  return (
    <div
      className="source-video"
      ref={box}
      dir="ltr"
      style={{ aspectRatio: String(aspect), maxInlineSize: `${Math.round(340 * aspect)}px` }}
    >
      <video ref={attach} src={src} preload="auto" playsInline data-testid="clip-source-video" />
      {window && (
        <div
          className="focus-overlay"
          data-testid="focus-overlay"
          onPointerDown={(event) => {
            dragging.current = true;
            event.currentTarget.setPointerCapture(event.pointerId);
            moveTo(event);
          }}
          onPointerMove={(event) => {
            if (dragging.current) moveTo(event);
          }}
          onPointerUp={() => {
            dragging.current = false;
          }}
          onPointerCancel={() => {
            dragging.current = false;
          }}
        >
          <div
            className="focus-band"
            data-testid="focus-band"
            role="slider"
            tabIndex={0}
            aria-label={t('focus')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(focusX * 100)}
            aria-valuetext={t('focusValue', { percent: Math.round(focusX * 100) })}
            data-focus-x={focusX}
            style={{ insetInlineStart: `${window.left * 100}%`, inlineSize: `${window.width * 100}%` }}
            onKeyDown={(event) => {
              const step = event.shiftKey ? 0.1 : 0.02;
              if (event.key === 'ArrowLeft') onFocus(Math.max(0, focusX - step));
              else if (event.key === 'ArrowRight') onFocus(Math.min(1, focusX + step));
              else return;
              event.preventDefault();
            }}
          />
        </div>
      )}
    </div>
  );
}
