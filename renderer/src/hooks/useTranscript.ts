import { useEffect } from 'react';
import type { Transcript } from '../../../shared/transcript/model';
import { useClient } from '../api/ClientContext';
import { useReconnect } from './useReconnect';
import { useRefreshable } from './useRefreshable';

export interface TranscriptState {
  /** Undefined while loading; null when the media has no transcript yet. */
  transcript: Transcript | null | undefined;
  refresh(): void;
}

/**
 * The transcript of one media: loaded for each session and media, and again when a transcribe job of this
 * session succeeds (job snapshots do not name the media; asking again is cheap).
 */
export function useTranscript(sessionId: string, mediaId: string): TranscriptState {
  const { api, events } = useClient();
  const { data, refresh } = useRefreshable(`${sessionId}/${mediaId}`, async () => {
    const { transcript } = await api['transcripts.get']({ sessionId, mediaId });
    return transcript;
  });
  useEffect(
    () =>
      events.on('jobs.event', (job) => {
        if (job.kind === 'transcribe' && job.sessionId === sessionId && job.state === 'succeeded') refresh();
      }),
    [events, refresh, sessionId],
  );
  useReconnect(refresh);
  return { transcript: data, refresh };
}
