import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { setSpeaker } from '../../../shared/editor/speakers';
import type { Participant } from '../../../shared/model/programme';
import { useClient } from '../api/ClientContext';
import { useReport } from '../hooks/ErrorsContext';
import type { CuePlace } from './CueGrid';
import { speakerColourMap } from './speakerColours';
import type { EditorDocument } from './useEditorDocument';

export interface Speakers {
  /** The session's participants in number order (the order of the colours and of Alt+1…Alt+4). */
  participants: readonly Participant[];
  colours: ReadonlyMap<string, string>;
  /**
   * Sets the speaker of a cue and of the cues said at the same time in the other tracks (one undo step,
   * saved by autosave); links the media to the participant the first time.
   */
  assign(place: CuePlace, speakerId: string | undefined): void;
}

/** The session's participants as speakers, kept fresh when the workspace changes. */
export function useSpeakers(sessionId: string, mediaId: string, doc: EditorDocument): Speakers {
  const { api, events } = useClient();
  const report = useReport();
  const [participants, setParticipants] = useState<readonly Participant[]>([]);
  const linking = useRef(new Set<string>());

  const refresh = useCallback(
    () =>
      api['sessions.get']({ sessionId }).then(
        (view) => setParticipants([...view.session.participants].sort((a, b) => a.number - b.number)),
        report,
      ),
    [api, report, sessionId],
  );
  useEffect(() => {
    void refresh();
    return events.on('workspace.changed', (change) => {
      if (change.sessionId === undefined || change.sessionId === sessionId) void refresh();
    });
  }, [events, refresh, sessionId]);

  const colours = useMemo(() => speakerColourMap(participants.map((p) => p.id)), [participants]);

  const { apply } = doc;
  const assign = useCallback(
    (place: CuePlace, speakerId: string | undefined) => {
      apply((transcript) => setSpeaker(transcript, { ...place, scope: 'aligned' }, speakerId));
      const participant = participants.find((candidate) => candidate.id === speakerId);
      if (!participant || participant.mediaIds.includes(mediaId) || linking.current.has(participant.id))
        return;
      // Reports count the media a participant appears in; the engine's assignSpeaker links it the same way.
      linking.current.add(participant.id);
      api['participants.update']({
        sessionId,
        participantId: participant.id,
        patch: { mediaIds: [...participant.mediaIds, mediaId] },
      }).catch((error: unknown) => {
        linking.current.delete(participant.id);
        report(error);
      });
    },
    [api, apply, mediaId, participants, report, sessionId],
  );

  return { participants, colours, assign };
}
