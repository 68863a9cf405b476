import { useCallback, useEffect, useRef, useState } from 'react';
import { stepRate } from './keymap';

export interface Playback {
  /** Give this to the <video> element's ref. */
  attach(video: HTMLVideoElement | null): void;
  currentMs: number;
  durationMs: number;
  playing: boolean;
  rate: number;
  togglePlay(): void;
  seek(ms: number): void;
  /** Plays from `startMs` and pauses at `endMs` (replay a cue). */
  playRange(startMs: number, endMs: number): void;
  setRate(rate: number): void;
  stepRate(direction: -1 | 1): void;
}

/** Playback of the editor's video: the time follows the video frame by frame while it plays. */
export function usePlayback(): Playback {
  const [video, setVideo] = useState<HTMLVideoElement | null>(null);
  const [currentMs, setCurrentMs] = useState(0);
  const [durationMs, setDurationMs] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [rate, setRateState] = useState(1);
  const stopAt = useRef<number | undefined>(undefined);

  useEffect(() => {
    if (!video) return;
    let frame = 0;
    let last = -1;
    const read = () => {
      const ms = Math.round(video.currentTime * 1000);
      if (stopAt.current !== undefined && ms >= stopAt.current) {
        stopAt.current = undefined;
        video.pause();
      }
      // Re-render only when the time moved a visible amount (the active word changes no faster).
      if (Math.abs(ms - last) >= 30 || video.paused) {
        last = ms;
        setCurrentMs(ms);
      }
    };
    const tick = () => {
      read();
      frame = video.paused ? 0 : requestAnimationFrame(tick);
    };
    const onPlay = () => {
      setPlaying(true);
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(tick);
    };
    const onPause = () => {
      setPlaying(false);
      read();
    };
    const onDuration = () =>
      setDurationMs(Number.isFinite(video.duration) ? Math.round(video.duration * 1000) : 0);
    const onRate = () => setRateState(video.playbackRate);
    const listeners: [string, () => void][] = [
      ['play', onPlay],
      ['pause', onPause],
      ['ended', onPause],
      ['seeked', read],
      ['timeupdate', () => video.paused && read()],
      ['loadedmetadata', onDuration],
      ['durationchange', onDuration],
      ['ratechange', onRate],
    ];
    for (const [name, listener] of listeners) video.addEventListener(name, listener);
    onDuration();
    return () => {
      cancelAnimationFrame(frame);
      for (const [name, listener] of listeners) video.removeEventListener(name, listener);
    };
  }, [video]);

  const seek = useCallback(
    (ms: number) => {
      stopAt.current = undefined;
      setCurrentMs(Math.max(0, ms));
      if (video) video.currentTime = Math.max(0, ms) / 1000;
    },
    [video],
  );

  const togglePlay = useCallback(() => {
    if (!video) return;
    stopAt.current = undefined;
    // play() rejects when a pause interrupts it (AbortError): nothing to report.
    if (video.paused) void video.play().catch(() => undefined);
    else video.pause();
  }, [video]);

  const playRange = useCallback(
    (startMs: number, endMs: number) => {
      if (!video) return;
      video.currentTime = startMs / 1000;
      stopAt.current = endMs;
      void video.play().catch(() => undefined);
    },
    [video],
  );

  const setRate = useCallback(
    (next: number) => {
      setRateState(next);
      if (video) video.playbackRate = next;
    },
    [video],
  );

  return {
    attach: setVideo,
    currentMs,
    durationMs,
    playing,
    rate,
    togglePlay,
    seek,
    playRange,
    setRate,
    stepRate: (direction) => setRate(stepRate(rate, direction)),
  };
}
