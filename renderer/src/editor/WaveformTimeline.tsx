import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { overlapRows } from '../../../shared/editor/overlapRows';
import type { Peaks } from '../../../shared/model/media';
import type { Track } from '../../../shared/transcript/model';
import type { CuePlace } from './CueGrid';
import { useEditorT } from './i18n/useEditorT';
import { msToPx, peakWindow, pxToMs, scrollAfterZoom, zoomed } from './timeScale';
import { cueDirection } from '../../../shared/text/cueDirection';
import { useRegionDrag } from './useRegionDrag';
import { timelineLayout } from './timelineLayout';

interface Props {
  peaks: Peaks | undefined;
  durationMs: number;
  tracks: readonly Track[];
  focused: CuePlace | undefined;
  currentMs: number;
  playing: boolean;
  pxPerSecond: number;
  gapMs: number;
  onZoom(pxPerSecond: number): void;
  onSeek(ms: number): void;
  onRetime(trackId: string, update: (track: Track) => Track): void;
  onSelectCue(trackId: string, cueId: string): void;
}

/** Draws the loudness of the visible time window (canvas as wide as the viewport, not the whole media). */
function drawPeaks(
  canvas: HTMLCanvasElement,
  peaks: Peaks,
  fromMs: number,
  pxPerSecond: number,
  width: number,
  height: number,
): void {
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const context = canvas.getContext('2d');
  if (!context) return;
  context.clearRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = getComputedStyle(canvas).color;
  const msPerValue = peaks.values.length > 0 ? peaks.durationMs / peaks.values.length : 0;
  const pitch = 2;
  for (let x = 0; x < width; x += pitch) {
    const startMs = fromMs + pxToMs(x, { pxPerSecond });
    const endMs = fromMs + pxToMs(x + pitch, { pxPerSecond });
    const [first, end] = peakWindow(peaks.values.length, msPerValue, startMs, endMs);
    let peak = 0;
    for (let at = first; at < Math.max(end, first + 1) && at < peaks.values.length; at++)
      peak = Math.max(peak, peaks.values[at] ?? 0);
    const barHeight = Math.max(1, Math.min(1, peak) * canvas.height * 0.9);
    context.fillRect(
      x * ratio,
      (canvas.height - barHeight) / 2,
      Math.max(1, (pitch - 0.5) * ratio),
      barHeight,
    );
  }
}

/**
 * The waveform with every track's cues as draggable regions in a lane per track below it (overlapping cues
 * stacked in rows inside the lane; timelineLayout.ts gives the heights); time runs left to right. Memoised: while typing it re-renders only when the (deferred)
 * tracks change.
 */
export const WaveformTimeline = memo(function WaveformTimeline(props: Props) {
  const t = useEditorT();
  const { peaks, pxPerSecond, tracks, focused, currentMs, playing, onZoom } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [view, setView] = useState({ left: 0, width: 800 });
  const scale = { pxPerSecond };
  // The latest end of any cue (with overlaps, the last cue need not end last).
  const totalMs = tracks.reduce(
    (latest, track) => track.cues.reduce((most, cue) => Math.max(most, cue.endMs), latest),
    props.durationMs,
  );
  const totalPx = msToPx(totalMs, scale) + 40;
  const drag = useRegionDrag(scale, props.gapMs, props.onRetime, props.onSelectCue);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => setView({ left: element.scrollLeft, width: element.clientWidth });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    element.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      element.removeEventListener('scroll', measure);
    };
  }, []);

  // Ctrl+wheel zooms around the pointer (a native listener: React's wheel listener cannot preventDefault).
  const zoomRef = useRef({ pxPerSecond, onZoom });
  useEffect(() => {
    zoomRef.current = { pxPerSecond, onZoom };
  });
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      if (!(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      const before = zoomRef.current.pxPerSecond;
      const after = zoomed(before, event.deltaY < 0 ? 1.25 : 0.8);
      const anchor = event.clientX - element.getBoundingClientRect().left;
      zoomRef.current.onZoom(after);
      requestAnimationFrame(() => {
        element.scrollLeft = scrollAfterZoom(element.scrollLeft, anchor, before, after);
      });
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, []);

  // Overlapping cues (two people at once) stack in rows inside their track's lane.
  const stacks = useMemo(() => tracks.map((track) => overlapRows(track.cues)), [tracks]);
  const layout = useMemo(() => timelineLayout(stacks.map((stack) => stack.rows)), [stacks]);
  const waveformPx = layout.waveformPx;

  useEffect(() => {
    if (canvas.current && peaks) {
      drawPeaks(
        canvas.current,
        peaks,
        pxToMs(view.left, { pxPerSecond }),
        pxPerSecond,
        view.width,
        waveformPx,
      );
    }
  }, [peaks, pxPerSecond, view.left, view.width, waveformPx]);

  // Keep the focused cue, and the playhead while playing, in view.
  const focusedCue = focused
    ? tracks.find((track) => track.id === focused.trackId)?.cues.find((cue) => cue.id === focused.cueId)
    : undefined;
  const focusStart = focusedCue?.startMs;
  const focusEnd = focusedCue?.endMs;
  useEffect(() => {
    const element = scroller.current;
    if (!element || focusStart === undefined || focusEnd === undefined) return;
    const left = msToPx(focusStart, { pxPerSecond });
    const right = msToPx(focusEnd, { pxPerSecond });
    if (left < element.scrollLeft || right > element.scrollLeft + element.clientWidth) {
      element.scrollLeft = Math.max(0, left - element.clientWidth * 0.2);
    }
  }, [focusStart, focusEnd, pxPerSecond]);
  useEffect(() => {
    const element = scroller.current;
    if (!element || !playing) return;
    const x = msToPx(currentMs, { pxPerSecond });
    if (x < element.scrollLeft || x > element.scrollLeft + element.clientWidth - 20)
      element.scrollLeft = Math.max(0, x - 40);
  }, [currentMs, playing, pxPerSecond]);

  const fromMs = pxToMs(view.left - 50, scale);
  const toMs = pxToMs(view.left + view.width + 50, scale);

  return (
    <section
      className="timeline"
      dir="ltr"
      aria-label={t('waveform')}
      data-testid="editor-waveform"
      data-px-per-second={pxPerSecond}
      data-track-count={tracks.length}
    >
      <div className="timeline-tools">
        <button
          type="button"
          data-testid="zoom-out"
          title={t('zoomOut')}
          aria-label={t('zoomOut')}
          onClick={() => onZoom(zoomed(pxPerSecond, 0.8))}
        >
          −
        </button>
        <button
          type="button"
          data-testid="zoom-in"
          title={t('zoomIn')}
          aria-label={t('zoomIn')}
          onClick={() => onZoom(zoomed(pxPerSecond, 1.25))}
        >
          +
        </button>
      </div>
      <div ref={scroller} className="timeline-scroll">
        <div
          className="timeline-space"
          data-drag-holder
          style={{ inlineSize: `${totalPx}px`, blockSize: `${layout.totalPx}px` }}
          onPointerDown={(event) => {
            if (event.button === 0 && event.target === event.currentTarget)
              props.onSeek(pxToMs(event.nativeEvent.offsetX, scale));
          }}
          onPointerMove={drag.move}
          onPointerUp={drag.end}
          onPointerCancel={drag.end}
        >
          <canvas
            ref={canvas}
            className="timeline-canvas"
            data-loaded={peaks ? 'true' : 'false'}
            style={{
              insetInlineStart: `${view.left}px`,
              inlineSize: `${view.width}px`,
              blockSize: `${waveformPx}px`,
            }}
          />
          {layout.lanes.map((lane, index) => (
            <div
              key={tracks[index]?.id ?? index}
              className="timeline-lane"
              data-testid="timeline-lane"
              data-track-id={tracks[index]?.id}
              aria-hidden="true"
              style={{ insetBlockStart: `${lane.topPx}px`, blockSize: `${lane.heightPx}px` }}
            />
          ))}
          {tracks.map((track, lane) =>
            track.cues.map((cue, index) => {
              const shown =
                drag.preview?.trackId === track.id && drag.preview.cueId === cue.id ? drag.preview : cue;
              if (shown.endMs < fromMs || shown.startMs > toMs) return null;
              const isFocused = focused?.trackId === track.id && focused.cueId === cue.id;
              const place = layout.lanes[lane];
              const rowHeight = place?.rowPx ?? 0;
              const row = stacks[lane]?.rowOf[index] ?? 0;
              return (
                <div
                  key={`${track.id}/${cue.id}`}
                  className={isFocused ? 'cue-region focused' : 'cue-region'}
                  data-testid="cue-region"
                  data-track-id={track.id}
                  data-cue-id={cue.id}
                  data-row={row}
                  style={{
                    insetInlineStart: `${msToPx(shown.startMs, scale)}px`,
                    inlineSize: `${Math.max(2, msToPx(shown.endMs - shown.startMs, scale))}px`,
                    insetBlockStart: `${(place?.topPx ?? 0) + row * rowHeight + 1}px`,
                    blockSize: `${Math.max(4, rowHeight - 2)}px`,
                  }}
                  onPointerDown={(event) => drag.begin(event, track, cue.id, 'move')}
                >
                  <span
                    className="region-edge start"
                    data-testid="region-start"
                    onPointerDown={(event) => drag.begin(event, track, cue.id, 'start')}
                  />
                  <span
                    className="region-label"
                    lang={track.language}
                    dir={cueDirection(cue.text, track.direction)}
                  >
                    {cue.text.replace(/\n/g, ' ')}
                  </span>
                  <span
                    className="region-edge end"
                    data-testid="region-end"
                    onPointerDown={(event) => drag.begin(event, track, cue.id, 'end')}
                  />
                </div>
              );
            }),
          )}
          <div
            className="playhead"
            data-testid="playhead"
            style={{ insetInlineStart: `${msToPx(currentMs, scale)}px` }}
          />
        </div>
      </div>
    </section>
  );
});
