import { GuftaguError } from '../../../shared/errors';
import type { Clip, ExportJobRecord } from '../../../shared/model/clips';
import type { ConsentScope, HistoryEvent, Participant } from '../../../shared/model/programme';
import type { Session } from '../../../shared/model/session';
import type { ConsentDecision, ConsentGate } from './consent';
import { OVERRIDE_HINT } from './consentGate';
import { publicationOf, type Publication } from './publication';

/** What export.start settled about a clip's consent; copied into each of its records. */
export interface PlannedConsent {
  publication: Publication;
  participantId?: string;
  consentScope?: ConsentScope;
  override?: { id: string; reason: string };
}

const label = (clip: Clip) => `"${clip.title || clip.id}"`;
const refusal = (clip: Clip, decision: ConsentDecision) =>
  decision.reason ?? `Consent does not allow publishing ${label(clip)}.`;

/**
 * Asks the gate about every clip. A refused clip needs an override: a 'consent-override' event of the
 * session's history, for purpose 'publish', made for the clip's speaker. Overrides for clips that need
 * none are not used (an anonymous speaker stays anonymous). Throws when any clip stays refused.
 */
export async function planConsent(
  gate: ConsentGate,
  session: Session,
  clips: readonly Clip[],
  overrides: readonly { clipId: string; overrideId: string }[] = [],
): Promise<Map<string, PlannedConsent>> {
  const overrideOf = new Map(overrides.map((item) => [item.clipId, item.overrideId]));
  const planned = new Map<string, PlannedConsent>();
  const refused: { clip: Clip; decision: ConsentDecision }[] = [];
  for (const clip of clips) {
    const decision = await gate(session.id, clip);
    const { participant } = decision;
    const overrideId = overrideOf.get(clip.id);
    let override: PlannedConsent['override'];
    if (!decision.allowed) {
      if (overrideId === undefined || !participant) {
        refused.push({ clip, decision });
        continue;
      }
      const event = publishingOverride(session, overrideId, participant);
      override = { id: event.id, reason: event.reason ?? '' };
    }
    planned.set(clip.id, {
      publication: publicationOf(participant),
      ...(participant ? { participantId: participant.id, consentScope: participant.consent.scope } : {}),
      ...(override ? { override } : {}),
    });
  }
  const [first] = refused;
  if (first)
    throw new GuftaguError(
      'invalid-request',
      refused.length === 1
        ? refusal(first.clip, first.decision)
        : refused.map(({ clip, decision }) => `${label(clip)}: ${refusal(clip, decision)}`).join(' '),
      OVERRIDE_HINT,
    );
  return planned;
}

function publishingOverride(session: Session, overrideId: string, participant: Participant): HistoryEvent {
  const event = session.history.find((item) => item.id === overrideId);
  if (
    event?.kind !== 'consent-override' ||
    event.participantId !== participant.id ||
    event.purpose !== 'publish'
  )
    throw new GuftaguError(
      'invalid-request',
      `"${overrideId}" is not an override for publishing clips of ${participant.name}.`,
      `Override ${participant.name}'s consent for publishing with a written reason, and pass the id it returns.`,
    );
  return event;
}

/**
 * The check when the job runs: the speaker and their consent must be what they were when the export was
 * queued (its file name was chosen then), and a refused clip must have had an override.
 */
export async function consentAtRun(
  gate: ConsentGate,
  record: ExportJobRecord,
  clip: Clip,
): Promise<Publication> {
  const decision = await gate(record.sessionId, clip);
  const { participant } = decision;
  if (participant?.id !== record.participantId || participant?.consent.scope !== record.consentScope)
    throw new GuftaguError(
      'invalid-request',
      `The speaker of ${label(clip)} or their consent changed after this export was queued.`,
      'Export the clip again, so it follows the consent as it is now.',
    );
  if (!decision.allowed && record.overrideId === undefined)
    throw new GuftaguError('invalid-request', refusal(clip, decision), OVERRIDE_HINT);
  return publicationOf(participant);
}
