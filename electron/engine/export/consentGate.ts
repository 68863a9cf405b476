import { checkConsent } from '../../../shared/programme/consent';
import type { Clip } from '../../../shared/model/clips';
import type { Session } from '../../../shared/model/session';
import type { SessionStore } from '../workspace/sessionStore';
import type { ConsentDecision, ConsentGate } from './consent';

/** What to do about a refused clip, in the export's words. */
export const OVERRIDE_HINT = 'Give a written reason to override, or take the clip out of the batch.';

/**
 * The programme's rule for a clip: its speaker (clip.speakerId) is looked up among the session's
 * participants and their consent checked for 'publish'. A speaker id that is no participant is allowed,
 * and names nobody (the raw id is never published as a name).
 */
export function clipConsent(session: Session, clip: Clip): ConsentDecision {
  const participant = clip.speakerId
    ? session.participants.find((item) => item.id === clip.speakerId)
    : undefined;
  if (!participant) return { allowed: true };
  const decision = checkConsent(participant, 'publish');
  return decision.decision === 'refused'
    ? { allowed: false, reason: decision.message, hint: OVERRIDE_HINT, participant }
    : { allowed: true, participant };
}

/** The consent gate of the engine: reads the session as it is now. */
export function sessionConsentGate(sessions: Pick<SessionStore, 'get'>): ConsentGate {
  return async (sessionId, clip) => clipConsent(await sessions.get(sessionId), clip);
}
