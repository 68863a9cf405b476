import { useEffect, useRef } from 'react';
import { usePeaks } from '../hooks/usePeaks';
import { waveformBars } from '../media/waveformBars';

interface Props {
  sessionId: string;
  mediaId: string;
  label: string;
}

const BUCKETS = 600;

/** The loudness of a media over time, drawn on a canvas (time runs left to right in both languages). */
export function Waveform({ sessionId, mediaId, label }: Props) {
  const peaks = usePeaks(sessionId, mediaId, true, BUCKETS);
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !peaks) return;
    const draw = () => {
      const ratio = window.devicePixelRatio || 1;
      const width = Math.round(canvas.clientWidth * ratio);
      const height = Math.round(canvas.clientHeight * ratio);
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext('2d');
      if (!context) return;
      context.clearRect(0, 0, width, height);
      context.fillStyle = getComputedStyle(canvas).color;
      for (const bar of waveformBars(peaks.values, width, height, 3 * ratio)) {
        context.fillRect(bar.x, bar.y, bar.width, bar.height);
      }
    };
    draw();
    const observer = new ResizeObserver(draw);
    observer.observe(canvas);
    return () => observer.disconnect();
  }, [peaks]);

  return (
    <canvas
      ref={canvasRef}
      className="waveform"
      data-testid="media-waveform"
      data-loaded={peaks ? 'true' : 'false'}
      role="img"
      aria-label={label}
    />
  );
}
