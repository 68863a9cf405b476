import path from 'node:path';
import type { ExportJobRecord } from '../../../shared/model/clips';
import type { SessionStore } from '../workspace/sessionStore';
import { appendHistory } from '../programme/history';

/**
 * Writes a finished export into its session's history as 'clip-exported' (what reports count per
 * platform), as history.recordExport does: the platform is the preset id, the consent in force is kept as
 * fromScope, and the override that allowed it, if any. Returns the event's id.
 */
export async function recordClipExport(
  sessions: Pick<SessionStore, 'update'>,
  record: ExportJobRecord,
): Promise<string> {
  let eventId = '';
  await sessions.update(record.sessionId, (draft) => {
    const participant = draft.participants.find((item) => item.id === record.participantId);
    eventId = appendHistory(draft, {
      kind: 'clip-exported',
      platform: record.presetId,
      clipId: record.clipId,
      fileName: path.basename(record.outputPath ?? record.fileStem),
      ...(participant ? { participantId: participant.id, fromScope: participant.consent.scope } : {}),
      ...(record.overrideId === undefined ? {} : { overrideId: record.overrideId }),
    }).id;
  });
  return eventId;
}
