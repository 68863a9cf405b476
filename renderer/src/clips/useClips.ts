import { useCallback, useEffect } from 'react';
import type { CaptionStyle, Clip, ClipInput } from '../../../shared/model/clips';
import { useClient } from '../api/ClientContext';
import { useReconnect } from '../hooks/useReconnect';
import { useRefreshable } from '../hooks/useRefreshable';

export interface ClipsState {
  clips: readonly Clip[] | undefined;
  styles: readonly CaptionStyle[];
  defaultStyleId: string;
  refresh(): void;
  /** Saves (snapping when asked) and refreshes; throws what the engine refused. */
  save(clip: ClipInput, snap: boolean): Promise<Clip>;
  remove(clipId: string): Promise<void>;
  saveStyle(style: CaptionStyle): Promise<CaptionStyle>;
  removeStyle(styleId: string): Promise<void>;
}

/** The session's clips and every caption style; reloaded when the workspace says the session changed. */
export function useClips(sessionId: string): ClipsState {
  const { api, events } = useClient();
  const { data, refresh } = useRefreshable(`clips/${sessionId}`, () => api['clips.list']({ sessionId }));
  useEffect(
    () =>
      events.on('workspace.changed', (change) => {
        if (change.sessionId === undefined || change.sessionId === sessionId) refresh();
      }),
    [events, refresh, sessionId],
  );
  useReconnect(refresh);

  const save = useCallback(
    async (clip: ClipInput, snap: boolean) => {
      const saved = await api['clips.save']({ sessionId, clip, snap });
      refresh();
      return saved;
    },
    [api, refresh, sessionId],
  );
  const remove = useCallback(
    async (clipId: string) => {
      await api['clips.remove']({ sessionId, clipId });
      refresh();
    },
    [api, refresh, sessionId],
  );
  const saveStyle = useCallback(
    async (style: CaptionStyle) => {
      const saved = await api['styles.save']({ style });
      refresh();
      return saved;
    },
    [api, refresh],
  );
  const removeStyle = useCallback(
    async (styleId: string) => {
      await api['styles.remove']({ styleId });
      refresh();
    },
    [api, refresh],
  );

  return {
    clips: data?.clips,
    styles: data?.styles ?? [],
    defaultStyleId: data?.defaultStyleId ?? 'urdu-english',
    refresh,
    save,
    remove,
    saveStyle,
    removeStyle,
  };
}
