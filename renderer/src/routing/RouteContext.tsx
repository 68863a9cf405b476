import { createContext, useContext, useEffect, useRef } from 'react';
import type { Clip } from '../../../shared/model/clips';
import { formatRoute, parseRoute, type AppRoute } from './appRoute';

/** The open clip's id in the address (the Shell holds it; the session's clips workspace reads and sets it). */
export interface ClipRoute {
  clipId: string | undefined;
  setClipId(clipId: string | undefined): void;
}
export const ClipRouteContext = createContext<ClipRoute>({ clipId: undefined, setClipId: () => undefined });

/** The route the page was opened at (after the token, if any, left the fragment). */
export const initialRoute = (): AppRoute => parseRoute(window.location.hash);

/**
 * Keeps the address's fragment equal to `route` (without a history entry per click), and applies a route
 * typed or pasted into the address bar.
 */
export function useRouteSync(route: AppRoute, apply: (route: AppRoute) => void): void {
  const wanted = formatRoute(route);
  useEffect(() => {
    if (window.location.hash === wanted || (wanted === '' && window.location.hash === '#')) return;
    window.history.replaceState(
      window.history.state,
      '',
      `${window.location.pathname}${window.location.search}${wanted}`,
    );
  }, [wanted]);
  useEffect(() => {
    const onChange = () => apply(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, [apply]);
}

/**
 * The clips workspace's side: reopens the clip the address names once the clips are loaded, then writes the
 * open clip (or none) back.
 */
export function useClipRoute(
  clips: readonly Clip[] | undefined,
  openClipId: string | undefined,
  openClip: (clip: Clip) => void,
): void {
  const { clipId, setClipId } = useContext(ClipRouteContext);
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current || clips === undefined) return;
    restored.current = true;
    const wanted = clipId === undefined ? undefined : clips.find((clip) => clip.id === clipId);
    if (wanted) openClip(wanted);
    else if (clipId !== undefined) setClipId(undefined);
  }, [clips, clipId, openClip, setClipId]);
  useEffect(() => {
    if (restored.current) setClipId(openClipId);
  }, [openClipId, setClipId]);
}

/** Scrolls the recording the address names into view once its session shows it. */
export function useScrollToRecording(mediaId: string | undefined): void {
  useEffect(() => {
    if (mediaId === undefined) return;
    let tries = 0;
    const timer = window.setInterval(() => {
      const element = document.querySelector(`[data-media-id="${CSS.escape(mediaId)}"]`);
      tries += 1;
      if (element) element.scrollIntoView({ block: 'start' });
      if (element || tries > 50) window.clearInterval(timer);
    }, 100);
    return () => window.clearInterval(timer);
  }, [mediaId]);
}
