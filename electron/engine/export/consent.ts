import type { Clip } from '../../../shared/model/clips';

export interface ConsentDecision {
  allowed: boolean;
  /** Why not, in words a user understands ("Speaker Ayesha has not agreed to social media"). */
  reason?: string;
}

/**
 * Called for every clip before an export is queued (and by export.check). The default allows everything.
 *
 * WIRING (lead): the programme's pure rule (shared/programme/consent.ts, `checkConsent`-like) plugs in where
 * electron/engine/engine.ts builds the clips API: pass `consentGate: (sessionId, clip) => …` in the
 * dependencies of `createClipsApi` (electron/engine/api/clipsApi.ts), reading the session's consent records
 * and returning { allowed, reason }.
 */
export type ConsentGate = (sessionId: string, clip: Clip) => Promise<ConsentDecision> | ConsentDecision;

export const allowAll: ConsentGate = () => ({ allowed: true });
