import type { Clip } from '../model/clips';
import type { ConsentPurpose, ConsentScope, HistoryEvent, Participant } from '../model/programme';
import type { Cue } from '../transcript/model';
import { consentScopes } from '../model/programme';
import { foldWithMap, originalRange, wholeWordMatches } from './normalize';

/** What may be done with a participant's footage for a purpose. */
export type ConsentDecision =
  | { decision: 'allowed'; message: string }
  | { decision: 'refused'; message: string; hint: string }
  | { decision: 'anonymize'; message: string; anonymizedName: string };

export type ConsentSubject = Pick<Participant, 'name' | 'number' | 'consent'>;

/** An override must say why in at least this many characters. */
export const MIN_OVERRIDE_REASON_LENGTH = 10;

const scopeWords: Record<ConsentScope, string> = {
  none: 'no consent',
  internal: 'consent for internal use only',
  'publish-anonymous': 'consent to publish anonymously',
  'publish-named': 'consent to publish with their name',
};

export const describeScope = (scope: ConsentScope): string => scopeWords[scope];

/** The consent gate: pure, so the export, the UI and the CLI decide the same way. */
export function checkConsent(participant: ConsentSubject, purpose: ConsentPurpose): ConsentDecision {
  const { name } = participant;
  switch (participant.consent.scope) {
    case 'none':
      return {
        decision: 'refused',
        message:
          purpose === 'publish'
            ? `${name} has not given consent; this clip cannot be published.`
            : `${name} has not given consent; this footage cannot be used.`,
        hint: 'Record their consent (scope, date, form) first, or override with a written reason.',
      };
    case 'internal':
      return purpose === 'internal'
        ? { decision: 'allowed', message: `${name} gave consent for internal use.` }
        : {
            decision: 'refused',
            message: `${name} gave consent for internal use only; this clip cannot be published.`,
            hint: 'Choose a clip without them, record a new consent, or override with a written reason.',
          };
    case 'publish-anonymous':
      return purpose === 'internal'
        ? {
            decision: 'allowed',
            message: `${name} gave consent to publish anonymously; internal use is fine.`,
          }
        : {
            decision: 'anonymize',
            message: `${name} gave consent to publish anonymously: their name must be removed from captions, titles, file names and metadata.`,
            anonymizedName: anonymizedName(participant),
          };
    case 'publish-named':
      return { decision: 'allowed', message: `${name} gave consent to publish with their name.` };
  }
}

/**
 * Who counts as a speaker of a clip: the clip's own speaker, then every distinct cue.speakerId of the cues
 * (in any track of its media's transcript) that overlap the clip's range, in order of first appearance.
 */
export function clipSpeakerIds(
  clip: Pick<Clip, 'speakerId' | 'startMs' | 'endMs'>,
  transcript:
    { tracks: readonly { cues: readonly Pick<Cue, 'startMs' | 'endMs' | 'speakerId'>[] }[] } | undefined,
): string[] {
  const ids = new Set<string>(clip.speakerId ? [clip.speakerId] : []);
  const cues = (transcript?.tracks ?? [])
    .flatMap((track) => track.cues)
    .filter((cue) => cue.startMs < clip.endMs && cue.endMs > clip.startMs)
    .sort((a, b) => a.startMs - b.startMs);
  for (const cue of cues) if (cue.speakerId) ids.add(cue.speakerId);
  return [...ids];
}

/** Whether a history event overrides a participant's refusal for publishing. */
export const isPublishingOverride = (event: HistoryEvent, participantId: string): boolean =>
  event.kind === 'consent-override' && event.participantId === participantId && event.purpose === 'publish';

/** True when going from `from` to `to` narrows what may be done (e.g. publish → internal only). */
export function isLowered(from: ConsentScope, to: ConsentScope): boolean {
  return consentScopes.indexOf(to) < consentScopes.indexOf(from);
}

/** A problem with an override reason, or undefined when it will do. */
export function overrideReasonProblem(reason: string): string | undefined {
  return reason.trim().length < MIN_OVERRIDE_REASON_LENGTH
    ? `An override needs a written reason of at least ${MIN_OVERRIDE_REASON_LENGTH} characters.`
    : undefined;
}

/** The name used instead of theirs when a participant publishes anonymously. */
export function anonymizedName(participant: Pick<Participant, 'number'>): string {
  return `Participant ${participant.number}`;
}

const honorifics = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'madam', 'sahib', 'sahiba']);

/** The full names (and alternate spellings), then their parts of two letters or more, folded, longest first. */
function nameVariants(participant: Pick<Participant, 'name'> & { otherNames?: string[] }): string[] {
  const fullNames = [participant.name, ...(participant.otherNames ?? [])]
    .map((name) => foldWithMap(name).text.replace(/[.,]/g, ' ').replace(/\s+/g, ' ').trim())
    .filter((name) => name !== '');
  const parts = fullNames.flatMap((name) => name.split(' '));
  const variants = new Set([
    ...fullNames,
    ...parts.filter((part) => [...part].length >= 2 && !honorifics.has(part)),
  ]);
  return [...variants].sort((a, b) => b.length - a.length);
}

/**
 * Replaces the participant's name, its alternate spellings and each part of them (case-insensitive,
 * diacritics and Arabic/Urdu letter forms ignored, whole words only) with "Participant N".
 */
export function redact(
  text: string,
  participant: Pick<Participant, 'name' | 'number'> & { otherNames?: string[] },
): string {
  const folded = foldWithMap(text);
  const taken: Array<[number, number]> = [];
  for (const variant of nameVariants(participant)) {
    for (const at of wholeWordMatches(folded.text, variant)) {
      const end = at + variant.length;
      if (taken.some(([start, stop]) => at < stop && end > start)) continue;
      taken.push([at, end]);
    }
  }
  if (taken.length === 0) return text;
  const replacement = anonymizedName(participant);
  let out = '';
  let cursor = 0;
  for (const [start, end] of taken.sort((a, b) => a[0] - b[0])) {
    const [from, to] = originalRange(folded, text, start, end);
    out += text.slice(cursor, from) + replacement;
    cursor = to;
  }
  return out + text.slice(cursor);
}
