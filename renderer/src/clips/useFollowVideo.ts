import { useEffect, useRef } from 'react';

/** Keeps a muted second <video> on the same frame as the main one: plays with it, seeks when it drifts. */
export function useFollowVideo(currentMs: number, playing: boolean) {
  const ref = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const video = ref.current;
    if (!video) return;
    const driftMs = Math.abs(video.currentTime * 1000 - currentMs);
    if (playing) {
      if (driftMs > 300) video.currentTime = currentMs / 1000;
      if (video.paused) void video.play().catch(() => undefined);
    } else {
      if (!video.paused) video.pause();
      if (driftMs > 20) video.currentTime = currentMs / 1000;
    }
  }, [currentMs, playing]);
  return ref;
}
