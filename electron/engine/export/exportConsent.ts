import { GuftaguError } from '../../../shared/errors';
import type { Clip, ExportJobRecord } from '../../../shared/model/clips';
import type { ConsentScope, HistoryEvent, Participant } from '../../../shared/model/programme';
import type { Session } from '../../../shared/model/session';
import { refusedSpeakers, type ConsentDecision, type ConsentGate, type RefusedSpeaker } from './consent';
import { OVERRIDE_HINT, refusalMessage } from './consentGate';
import { publicationOf, type Publication } from './publication';

/** An override that lets a refused participant be published in a clip. */
export interface GrantedOverride {
  participantId: string;
  overrideId: string;
  reason: string;
}

/** What export.start settled about a clip's consent; copied into each of its records. */
export interface PlannedConsent {
  publication: Publication;
  /** The clip's speaker and their scope. */
  participantId?: string;
  consentScope?: ConsentScope;
  /** The other participants who speak in the clip, with their scopes. */
  coSpeakers?: { participantId: string; consentScope: ConsentScope }[];
  /** The first override (the speaker's when they needed one): the record's overrideId. */
  override?: { id: string; reason: string };
  /** One override per refused participant. */
  overrides?: GrantedOverride[];
}

const label = (clip: Clip) => `"${clip.title || clip.id}"`;
const refusal = (clip: Clip, decision: ConsentDecision) =>
  decision.reason ?? `Consent does not allow publishing ${label(clip)}.`;
const scopesOf = (people: readonly Participant[]) =>
  people.map((person) => ({ participantId: person.id, consentScope: person.consent.scope }));

/**
 * Asks the gate about every clip. A refused clip needs an override for each refused participant who speaks
 * in it: a 'consent-override' event of the session's history, for purpose 'publish', made for that person
 * (several may be passed for one clip). Overrides for clips or people that need none are not used (an
 * anonymous speaker stays anonymous). Throws when any clip stays refused.
 */
export async function planConsent(
  gate: ConsentGate,
  session: Session,
  clips: readonly Clip[],
  overrides: readonly { clipId: string; overrideId: string }[] = [],
): Promise<Map<string, PlannedConsent>> {
  const given = new Map<string, string[]>();
  for (const { clipId, overrideId } of overrides)
    given.set(clipId, [...(given.get(clipId) ?? []), overrideId]);
  const planned = new Map<string, PlannedConsent>();
  const refused: { clip: Clip; message: string }[] = [];
  for (const clip of clips) {
    const decision = await gate(session.id, clip);
    const { participant } = decision;
    const coSpeakers = decision.coSpeakers ?? [];
    let granted: GrantedOverride[] = [];
    if (!decision.allowed) {
      const people = refusedSpeakers(decision);
      const { missing, found } = matchOverrides(session, people, given.get(clip.id) ?? []);
      if (people.length === 0 || missing.length > 0) {
        const message =
          people.length === 0 || missing.length === people.length
            ? refusal(clip, decision)
            : refusalMessage(missing);
        refused.push({ clip, message });
        continue;
      }
      granted = found;
    }
    const [first] = granted;
    planned.set(clip.id, {
      publication: publicationOf(participant, undefined, coSpeakers),
      ...(participant ? { participantId: participant.id, consentScope: participant.consent.scope } : {}),
      ...(coSpeakers.length > 0 ? { coSpeakers: scopesOf(coSpeakers) } : {}),
      ...(first ? { override: { id: first.overrideId, reason: first.reason }, overrides: granted } : {}),
    });
  }
  const [first] = refused;
  if (first)
    throw new GuftaguError(
      'invalid-request',
      refused.length === 1
        ? first.message
        : refused.map(({ clip, message }) => `${label(clip)}: ${message}`).join(' '),
      OVERRIDE_HINT,
    );
  return planned;
}

/**
 * Pairs each refused participant with one of the clip's override ids made for them. When someone is left
 * without one while an id was given that fits nobody, that id is reported as not an override for them.
 */
function matchOverrides(
  session: Session,
  people: readonly RefusedSpeaker[],
  overrideIds: readonly string[],
): { found: GrantedOverride[]; missing: RefusedSpeaker[] } {
  const found: GrantedOverride[] = [];
  const missing: RefusedSpeaker[] = [];
  const used = new Set<string>();
  for (const person of people) {
    const { participant } = person;
    const event = overrideIds
      .map((id) => session.history.find((item) => item.id === id))
      .find((item) => item !== undefined && isPublishingOverride(item, participant));
    if (!event) {
      missing.push(person);
      continue;
    }
    used.add(event.id);
    found.push({ participantId: participant.id, overrideId: event.id, reason: event.reason ?? '' });
  }
  const [someone] = missing;
  const stray = overrideIds.find((id) => !used.has(id));
  if (someone && stray !== undefined) {
    const { name } = someone.participant;
    throw new GuftaguError(
      'invalid-request',
      `"${stray}" is not an override for publishing clips of ${name}.`,
      `Override ${name}'s consent for publishing with a written reason, and pass the id it returns.`,
    );
  }
  return { found, missing };
}

const isPublishingOverride = (event: HistoryEvent, participant: Participant) =>
  event.kind === 'consent-override' && event.participantId === participant.id && event.purpose === 'publish';

/** Same participants with the same scopes, in any order. */
function sameSpeakers(
  a: readonly { participantId: string; consentScope: ConsentScope }[],
  b: readonly { participantId: string; consentScope: ConsentScope }[],
): boolean {
  const keys = (list: typeof a) => list.map((item) => `${item.participantId} ${item.consentScope}`).sort();
  return JSON.stringify(keys(a)) === JSON.stringify(keys(b));
}

/**
 * The check when the job runs: the speakers and their consent must be what they were when the export was
 * queued (its file name was chosen then), and each refused participant must have had an override.
 */
export async function consentAtRun(
  gate: ConsentGate,
  record: ExportJobRecord,
  clip: Clip,
): Promise<Publication> {
  const decision = await gate(record.sessionId, clip);
  const { participant } = decision;
  const coSpeakers = decision.coSpeakers ?? [];
  if (
    participant?.id !== record.participantId ||
    participant?.consent.scope !== record.consentScope ||
    !sameSpeakers(scopesOf(coSpeakers), record.coSpeakers ?? [])
  )
    throw new GuftaguError(
      'invalid-request',
      `Who speaks in ${label(clip)}, or their consent changed after this export was queued.`,
      'Export the clip again, so it follows the consent as it is now.',
    );
  if (!decision.allowed) {
    const people = refusedSpeakers(decision);
    // Records queued before per-participant overrides carry the speaker's override alone.
    const overridden = (id: string) =>
      record.overrides
        ? record.overrides.some((item) => item.participantId === id)
        : record.overrideId !== undefined && id === record.participantId;
    const missing = people.filter((person) => !overridden(person.participant.id));
    if (people.length === 0 ? record.overrideId === undefined : missing.length > 0)
      throw new GuftaguError(
        'invalid-request',
        missing.length > 0 && missing.length < people.length
          ? refusalMessage(missing)
          : refusal(clip, decision),
        OVERRIDE_HINT,
      );
  }
  return publicationOf(participant, undefined, coSpeakers);
}
