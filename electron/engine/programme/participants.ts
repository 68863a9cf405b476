import type { ParticipantInput, ParticipantPatch } from '../../../shared/api/methods/programme';
import { engineError } from '../../../shared/errorTexts';
import { GuftaguError } from '../../../shared/errors';
import type { Participant } from '../../../shared/model/programme';
import type { Session } from '../../../shared/model/session';
import {
  applyParticipantPatch,
  findParticipant,
  newParticipant,
  type EditContext,
} from '../../../shared/programme/edit';
import { localToday } from '../../../shared/programme/validate';
import type { Transcript } from '../../../shared/transcript/model';
import type { TranscriptStore } from '../transcription/transcriptStore';
import type { WorkspaceSearchIndex } from '../search/workspaceSearchIndex';
import type { SessionStore } from '../workspace/sessionStore';
import { copyConsentScan, discardConsentScan } from './consentScan';

/** Marks a refused scan as being about the scan field, so the form can point at it. */
function aboutScan(error: unknown): unknown {
  if (!(error instanceof GuftaguError) || error.field !== undefined) return error;
  const { code, message, hint, details, key, params } = error;
  return new GuftaguError(code, message, hint, {
    cause: error,
    field: 'scan',
    ...(details === undefined ? {} : { details }),
    ...(key === undefined ? {} : { key }),
    ...(params === undefined ? {} : { params }),
  });
}
import { appendHistory, newId } from './history';

export interface ProgrammeDeps {
  sessions: SessionStore;
  transcripts: TranscriptStore;
  /** The workspace's full-text index; without it search scans every document (slow on big workspaces). */
  searchIndex?: WorkspaceSearchIndex;
  /** Where what is left out (an unreadable transcript in search) is said. */
  log?: (line: string) => void;
}

type WithParticipant = { session: Session; participant: Participant };

export const editContext = (): EditContext => ({ now: new Date().toISOString(), today: localToday() });

/** Copies the scan (if any) first, then changes the session; when the change fails the copy is removed. */
async function withScan<T>(
  deps: ProgrammeDeps,
  sessionId: string,
  participantId: string,
  scanFile: string | undefined,
  change: (scanPath: string | undefined) => Promise<T>,
): Promise<T> {
  const folder = deps.sessions.folder(sessionId);
  // Read the session first, so a missing or unreadable one fails before anything is copied.
  await deps.sessions.get(sessionId);
  const scanPath =
    scanFile === undefined
      ? undefined
      : await copyConsentScan(folder, participantId, scanFile).catch((error: unknown) => {
          throw aboutScan(error);
        });
  try {
    return await change(scanPath);
  } catch (error) {
    if (scanPath !== undefined) await discardConsentScan(folder, scanPath);
    throw error;
  }
}

export async function addParticipant(
  deps: ProgrammeDeps,
  sessionId: string,
  input: ParticipantInput,
): Promise<WithParticipant> {
  const { consentScanFile, ...fields } = input;
  const id = newId('p');
  return withScan(deps, sessionId, id, consentScanFile, async (scanPath) => {
    const { document: session, result: participant } = await deps.sessions.change(sessionId, (draft) => {
      const added = newParticipant(draft, fields, id, editContext());
      if (scanPath !== undefined) added.consent.scanPath = scanPath;
      draft.participants.push(added);
      appendHistory(draft, {
        kind: 'participant-added',
        participantId: id,
        toScope: added.consent.scope,
        details: `Participant #${added.number}`,
      });
      return added;
    });
    return { session, participant };
  });
}

export async function updateParticipant(
  deps: ProgrammeDeps,
  sessionId: string,
  participantId: string,
  patch: ParticipantPatch,
): Promise<WithParticipant> {
  const session = await deps.sessions.update(sessionId, (draft) => {
    const participant = findParticipant(draft, participantId);
    const change = applyParticipantPatch(draft, participant, patch, editContext());
    if (change) {
      appendHistory(draft, {
        kind: 'consent-changed',
        participantId,
        fromScope: change.from,
        toScope: change.to,
      });
    }
    const fields = Object.keys(patch).filter((key) => key !== 'consent' || !change);
    if (fields.length > 0)
      appendHistory(draft, { kind: 'participant-updated', participantId, details: fields.join(', ') });
  });
  return { session, participant: findParticipant(session, participantId) };
}

export async function removeParticipant(
  deps: ProgrammeDeps,
  sessionId: string,
  participantId: string,
): Promise<Session> {
  return deps.sessions.update(sessionId, (draft) => {
    const participant = findParticipant(draft, participantId);
    draft.participants = draft.participants.filter((candidate) => candidate.id !== participantId);
    appendHistory(draft, {
      kind: 'participant-removed',
      participantId,
      details: `Participant #${participant.number}`,
    });
  });
}

export async function attachConsentScan(
  deps: ProgrammeDeps,
  sessionId: string,
  participantId: string,
  file: string,
): Promise<WithParticipant> {
  const current = await deps.sessions.get(sessionId);
  findParticipant(current, participantId);
  return withScan(deps, sessionId, participantId, file, async (scanPath) => {
    const session = await deps.sessions.update(sessionId, (draft) => {
      const participant = findParticipant(draft, participantId);
      // The previous scan stays in consent/: nothing is deleted.
      if (scanPath !== undefined) participant.consent.scanPath = scanPath;
      participant.updatedAt = new Date().toISOString();
      appendHistory(draft, { kind: 'participant-updated', participantId, details: 'consent scan' });
    });
    return { session, participant: findParticipant(session, participantId) };
  });
}

/** Sets or clears the speaker of cues, against the transcript's current revision. */
export async function assignSpeaker(
  deps: ProgrammeDeps,
  request: {
    sessionId: string;
    mediaId: string;
    trackId: string;
    cueIds: string[];
    participantId: string | null;
  },
): Promise<{ transcript: Transcript }> {
  const { sessionId, mediaId, trackId, cueIds, participantId } = request;
  const session = await deps.sessions.get(sessionId);
  if (!session.media.some((media) => media.id === mediaId)) throw engineError('media-not-in-session');
  if (participantId !== null) findParticipant(session, participantId);
  const transcript = await deps.transcripts.get(sessionId, mediaId);
  if (!transcript) throw engineError('speaker-no-transcript');
  const track = transcript.tracks.find((candidate) => candidate.id === trackId);
  if (!track) throw engineError('speaker-track-unknown', { trackId });
  const unknown = cueIds.find((id) => !track.cues.some((cue) => cue.id === id));
  if (unknown !== undefined) {
    throw engineError('speaker-cue-unknown', { cueId: unknown });
  }
  const wanted = new Set(cueIds);
  for (const cue of track.cues) {
    if (!wanted.has(cue.id)) continue;
    if (participantId === null) delete cue.speakerId;
    else cue.speakerId = participantId;
  }
  const saved = await deps.transcripts.save(sessionId, transcript, transcript.revision);
  const linked = session.participants.find((p) => p.id === participantId)?.mediaIds.includes(mediaId) ?? true;
  if (participantId !== null && !linked) {
    await deps.sessions.update(sessionId, (draft) => {
      const participant = draft.participants.find((candidate) => candidate.id === participantId);
      if (participant && !participant.mediaIds.includes(mediaId)) participant.mediaIds.push(mediaId);
    });
  }
  return { transcript: saved };
}
