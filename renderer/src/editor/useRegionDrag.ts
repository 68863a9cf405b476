import { useCallback, useRef, useState, type PointerEvent } from 'react';
import { moveCue, setCueTimes } from '../../../shared/editor/cueOps';
import type { Track } from '../../../shared/transcript/model';
import { pxToMs, type TimeScale } from './timeScale';

export type DragMode = 'start' | 'end' | 'move';

export interface DragPreview {
  trackId: string;
  cueId: string;
  startMs: number;
  endMs: number;
}

interface Drag {
  pointerId: number;
  track: Track;
  cueId: string;
  mode: DragMode;
  originX: number;
  moved: boolean;
}

export interface RegionDrag {
  preview: DragPreview | undefined;
  /** pointerdown on a cue region or one of its edges. */
  begin(event: PointerEvent<HTMLElement>, track: Track, cueId: string, mode: DragMode): void;
  /** pointermove / pointerup / pointercancel on the element holding the regions (it captures the pointer). */
  move(event: PointerEvent<HTMLElement>): void;
  end(event: PointerEvent<HTMLElement>): void;
}

/** Fewer pixels than this is a click (select the cue), not a drag. */
const DRAG_THRESHOLD_PX = 3;

/**
 * Dragging cue regions on the waveform: an edge retimes the cue's in or out, the body moves the cue. The
 * preview follows the pointer with the same clamping as the final edit (neighbours, gap, ≥ 0); the edit is
 * committed once, on release, so a drag is one undo step.
 */
export function useRegionDrag(
  scale: TimeScale,
  gapMs: number,
  commit: (trackId: string, update: (track: Track) => Track) => void,
  click: (trackId: string, cueId: string) => void,
): RegionDrag {
  const drag = useRef<Drag | undefined>(undefined);
  const [preview, setPreview] = useState<DragPreview | undefined>(undefined);

  const retimed = useCallback(
    (current: Drag, deltaPx: number): Track => {
      const { track, cueId, mode } = current;
      const cue = track.cues.find((candidate) => candidate.id === cueId);
      if (!cue) return track;
      const deltaMs = pxToMs(deltaPx, scale);
      if (mode === 'move') return moveCue(track, cueId, deltaMs, gapMs);
      return setCueTimes(
        track,
        cueId,
        mode === 'start' ? { startMs: cue.startMs + deltaMs } : { endMs: cue.endMs + deltaMs },
        gapMs,
      );
    },
    [gapMs, scale],
  );

  const begin = useCallback(
    (event: PointerEvent<HTMLElement>, track: Track, cueId: string, mode: DragMode) => {
      if (event.button !== 0) return;
      event.stopPropagation();
      event.preventDefault();
      const holder = event.currentTarget.closest<HTMLElement>('[data-drag-holder]');
      holder?.setPointerCapture(event.pointerId);
      drag.current = { pointerId: event.pointerId, track, cueId, mode, originX: event.clientX, moved: false };
    },
    [],
  );

  const move = useCallback(
    (event: PointerEvent<HTMLElement>) => {
      const current = drag.current;
      if (!current || current.pointerId !== event.pointerId) return;
      const deltaPx = event.clientX - current.originX;
      if (!current.moved && Math.abs(deltaPx) < DRAG_THRESHOLD_PX) return;
      current.moved = true;
      const cue = retimed(current, deltaPx).cues.find((candidate) => candidate.id === current.cueId);
      if (cue)
        setPreview({ trackId: current.track.id, cueId: cue.id, startMs: cue.startMs, endMs: cue.endMs });
    },
    [retimed],
  );

  const end = useCallback(
    (event: PointerEvent<HTMLElement>) => {
      const current = drag.current;
      if (!current || current.pointerId !== event.pointerId) return;
      drag.current = undefined;
      setPreview(undefined);
      if (event.type === 'pointercancel') return;
      if (!current.moved) return click(current.track.id, current.cueId);
      const deltaPx = event.clientX - current.originX;
      commit(current.track.id, (latest) => retimed({ ...current, track: latest }, deltaPx));
    },
    [click, commit, retimed],
  );

  return { preview, begin, move, end };
}
