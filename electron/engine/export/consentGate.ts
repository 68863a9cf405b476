import { checkConsent } from '../../../shared/programme/consent';
import type { Clip } from '../../../shared/model/clips';
import type { ConsentScope, Participant } from '../../../shared/model/programme';
import type { Session } from '../../../shared/model/session';
import type { Transcript } from '../../../shared/transcript/model';
import type { TranscriptStore } from '../transcription/transcriptStore';
import type { SessionStore } from '../workspace/sessionStore';
import type { ConsentDecision, ConsentGate, RefusedSpeaker } from './consent';

/** What to do about a refused clip, in the export's words. */
export const OVERRIDE_HINT = 'Give a written reason to override, or take the clip out of the batch.';

/**
 * The speaker ids heard in a clip: the clip's own speaker, then every distinct cue.speakerId of the cues
 * (in any track of its media's transcript) that overlap the clip's range, in order of first appearance.
 */
export function clipSpeakerIds(
  clip: Pick<Clip, 'speakerId' | 'startMs' | 'endMs'>,
  transcript: Pick<Transcript, 'tracks'> | undefined,
): string[] {
  const ids = new Set<string>(clip.speakerId ? [clip.speakerId] : []);
  const cues = (transcript?.tracks ?? [])
    .flatMap((track) => track.cues)
    .filter((cue) => cue.startMs < clip.endMs && cue.endMs > clip.startMs)
    .sort((a, b) => a.startMs - b.startMs);
  for (const cue of cues) if (cue.speakerId) ids.add(cue.speakerId);
  return [...ids];
}

const shortScope: Partial<Record<ConsentScope, string>> = {
  none: 'no consent',
  internal: 'internal use only',
};

/**
 * The refusal of a clip: one person's own message, or for several "Sana Baloch (internal use only) and
 * Bilal Ahmed (no consent) speak in this clip; it cannot be published."
 */
export function refusalMessage(refused: readonly RefusedSpeaker[]): string {
  const [only] = refused;
  if (refused.length === 1 && only) return only.reason;
  const names = refused.map(({ participant }) => {
    const scope = shortScope[participant.consent.scope];
    return scope ? `${participant.name} (${scope})` : participant.name;
  });
  const last = names.pop() ?? '';
  const list = names.length > 0 ? `${names.join(', ')} and ${last}` : last;
  return `${list} speak in this clip; it cannot be published.`;
}

/**
 * The programme's rule for a clip: everyone who speaks in it (clipSpeakerIds) is looked up among the
 * session's participants and their consent checked for 'publish'; the clip is refused when anyone's is.
 * A speaker id that is no participant is allowed, and names nobody (the raw id is never published).
 */
export function clipConsent(
  session: Session,
  clip: Clip,
  transcript?: Pick<Transcript, 'tracks'>,
): ConsentDecision {
  const participantOf = (id: string | undefined) =>
    id === undefined ? undefined : session.participants.find((item) => item.id === id);
  const participant = participantOf(clip.speakerId);
  const coSpeakers = clipSpeakerIds(clip, transcript)
    .filter((id) => id !== clip.speakerId)
    .map(participantOf)
    .filter((item): item is Participant => item !== undefined);
  const refused: RefusedSpeaker[] = [];
  for (const person of [...(participant ? [participant] : []), ...coSpeakers]) {
    const decision = checkConsent(person, 'publish');
    if (decision.decision === 'refused') refused.push({ participant: person, reason: decision.message });
  }
  const who = {
    ...(participant ? { participant } : {}),
    ...(coSpeakers.length > 0 ? { coSpeakers } : {}),
  };
  return refused.length > 0
    ? { allowed: false, reason: refusalMessage(refused), hint: OVERRIDE_HINT, ...who, refused }
    : { allowed: true, ...who };
}

/** The consent gate of the engine: reads the session and the clip's transcript as they are now. */
export function sessionConsentGate(
  sessions: Pick<SessionStore, 'get'>,
  transcripts: Pick<TranscriptStore, 'get'>,
): ConsentGate {
  return async (sessionId, clip) =>
    clipConsent(await sessions.get(sessionId), clip, await transcripts.get(sessionId, clip.mediaId));
}
