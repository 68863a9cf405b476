import type { Clip } from '../../../shared/model/clips';
import type { Participant } from '../../../shared/model/programme';

export interface ConsentDecision {
  allowed: boolean;
  /** Why not, in words a user understands ("Ayesha Khan gave consent for internal use only; …"). */
  reason?: string;
  /** What to do about it. */
  hint?: string;
  /**
   * The clip's speaker when a participant of the session: their consent scope decides how they are
   * published (named, or as "Participant N" with their name removed everywhere).
   */
  participant?: Participant;
}

/**
 * Called for every clip before an export is queued, when its job runs, and by export.check. The engine
 * passes the session's rule (consentGate.ts: the clip's speaker's consent for 'publish'); tests may pass
 * their own.
 */
export type ConsentGate = (sessionId: string, clip: Clip) => Promise<ConsentDecision> | ConsentDecision;

/** Allows everything and names no participant (tests). */
export const allowAll: ConsentGate = () => ({ allowed: true });
