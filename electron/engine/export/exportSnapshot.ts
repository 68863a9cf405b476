import type { ExportSnapshot, OverrideChoice } from '../../../shared/export/planExport';
import { mergePresets } from '../../../shared/export/presets';
import { mergeStyles } from '../../../shared/export/styles';
import type { Clip } from '../../../shared/model/clips';
import type { Session } from '../../../shared/model/session';
import type { Transcript } from '../../../shared/transcript/model';
import type { TranscriptStore } from '../transcription/transcriptStore';
import type { SessionStore } from '../workspace/sessionStore';
import { clipsDocument, type ExportLibrary } from './stores';

export interface SnapshotSources {
  sessions: SessionStore;
  transcripts: Pick<TranscriptStore, 'get'>;
  library: ExportLibrary;
}

export interface SnapshotRequest {
  sessionId: string;
  clipIds: readonly string[];
  presetIds: readonly string[];
  styleId?: string;
  overrides?: readonly OverrideChoice[];
  fileNameTemplate: string;
  takenStems?: readonly string[];
}

/**
 * Reads what planExport decides from, as it is now: the session with its participants (a session that
 * cannot be read refuses the export with its own error), the clips, the transcripts of the chosen clips'
 * recordings (one that cannot be read throws too: who speaks in the clip would be unknown), presets, styles.
 */
export async function readExportSnapshot(
  sources: SnapshotSources,
  request: SnapshotRequest,
): Promise<{ snapshot: ExportSnapshot; session: Session; clips: Clip[]; defaultStyleId?: string }> {
  const session = await sources.sessions.get(request.sessionId);
  const { clips, defaultStyleId } = await clipsDocument(sources.sessions, request.sessionId).read();
  const mediaIds = new Set(
    clips.filter((clip) => request.clipIds.includes(clip.id)).map((clip) => clip.mediaId),
  );
  const transcripts = new Map<string, Transcript>();
  for (const mediaId of mediaIds) {
    if (!session.media.some((item) => item.id === mediaId)) continue;
    const transcript = await sources.transcripts.get(request.sessionId, mediaId);
    if (transcript) transcripts.set(mediaId, transcript);
  }
  const snapshot: ExportSnapshot = {
    session,
    participants: session.participants,
    clips,
    clipIds: request.clipIds,
    transcripts,
    presets: mergePresets(await sources.library.userPresets()),
    presetIds: request.presetIds,
    styles: mergeStyles(await sources.library.userStyles()),
    ...(request.styleId === undefined ? {} : { styleId: request.styleId }),
    overrides: request.overrides ?? [],
    fileNameTemplate: request.fileNameTemplate,
    ...(request.takenStems ? { takenStems: request.takenStems } : {}),
  };
  return { snapshot, session, clips, ...(defaultStyleId === undefined ? {} : { defaultStyleId }) };
}
