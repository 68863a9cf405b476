import type { Clip } from '../../../shared/model/clips';
import type { Participant } from '../../../shared/model/programme';

/** A participant who speaks in a clip and whose consent refuses publishing it. */
export interface RefusedSpeaker {
  participant: Participant;
  /** Their own refusal ("Sana Baloch gave consent for internal use only; …"). */
  reason: string;
}

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
  /**
   * The other participants who speak in the clip (cues overlapping it, any track), in order of first
   * appearance: each one's consent counts too, and an anonymous one's name is removed everywhere.
   */
  coSpeakers?: Participant[];
  /** Everyone (speaker first) whose consent refuses publishing: each needs an override of their own. */
  refused?: RefusedSpeaker[];
}

/**
 * Called for every clip before an export is queued, when its job runs, and by export.check. The engine
 * passes the session's rule (consentGate.ts: the consent for 'publish' of everyone who speaks in the clip);
 * tests may pass their own.
 */
export type ConsentGate = (sessionId: string, clip: Clip) => Promise<ConsentDecision> | ConsentDecision;

/** Allows everything and names no participant (tests). */
export const allowAll: ConsentGate = () => ({ allowed: true });

/**
 * Who must be overridden for a refused decision: its `refused` list; for a gate that gives none, the
 * clip's speaker (with the decision's reason); empty when nobody can be overridden.
 */
export function refusedSpeakers(decision: ConsentDecision): RefusedSpeaker[] {
  if (decision.allowed) return [];
  if (decision.refused && decision.refused.length > 0) return decision.refused;
  return decision.participant ? [{ participant: decision.participant, reason: decision.reason ?? '' }] : [];
}
