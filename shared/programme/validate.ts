import { engineError } from '../errorTexts';
import type { Participant } from '../model/programme';
import { foldText } from './normalize';

/** Rules for programme data. Each failure is an 'invalid-request' worded by shared/errorTexts. */

/** The form field a date label names: 'consent date' → 'consentDate'. */
const fieldOfLabel = (label: string): string =>
  label.replace(/ (\w)/gu, (_whole, letter: string) => letter.toUpperCase());

/** Today's date where the engine runs, YYYY-MM-DD (local time: a session today is not "in the future"). */
export function localToday(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Checks a date field: a real date, YYYY-MM-DD, not after today. */
export function checkPastDate(value: string, label: string, today: string = localToday()): string {
  const trimmed = value.trim();
  const field = fieldOfLabel(label);
  if (!isCalendarDate(trimmed)) {
    throw engineError('not-a-date', { label, value }, { field });
  }
  if (trimmed > today) {
    throw engineError('date-in-future', { label, date: trimmed, today }, { field });
  }
  return trimmed;
}

/**
 * Checks a date filter or a session's date: a real date, and the future is allowed ("to the end of the
 * quarter"; a session planned for next month).
 */
export function checkFilterDate(value: string, label: string): string {
  const trimmed = value.trim();
  if (!isCalendarDate(trimmed)) {
    throw engineError('not-a-date', { label, value }, { field: fieldOfLabel(label) });
  }
  return trimmed;
}

export function checkParticipantName(name: string): string {
  const trimmed = name.replace(/\s+/gu, ' ').trim();
  if (trimmed === '') {
    throw engineError('name-missing', {}, { field: 'name' });
  }
  if (trimmed.length > 200) throw engineError('name-too-long', { max: 200 }, { field: 'name' });
  return trimmed;
}

/** The key that makes two participants "the same person": folded name + folded organisation. */
export const participantKey = (participant: Pick<Participant, 'name' | 'organisation'>): string =>
  `${foldText(participant.name)}\u0000${foldText(participant.organisation ?? '')}`;

/** Refuses a participant whose name and organisation match another one in the session. */
export function checkNotDuplicate(
  candidate: Pick<Participant, 'name' | 'organisation'>,
  others: readonly Participant[],
  exceptId?: string,
): void {
  const key = participantKey(candidate);
  const twin = others.find((other) => other.id !== exceptId && participantKey(other) === key);
  if (twin) {
    const where = candidate.organisation ? ` from ${candidate.organisation}` : '';
    throw engineError(
      'participant-duplicate',
      { name: candidate.name, where, number: twin.number },
      { field: 'name' },
    );
  }
}

/** Trims the entries of a list, drops empty ones and repeats (compared folded). */
export function cleanList(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    const trimmed = value.replace(/\s+/gu, ' ').trim();
    const key = foldText(trimmed);
    if (trimmed === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(trimmed);
  }
  return out;
}

/** Hashtags with one leading '#', no spaces inside: "  #Peace Talks" → "#PeaceTalks". */
export function cleanHashtags(values: readonly string[]): string[] {
  return cleanList(values.map((value) => value.replace(/\s+/gu, '').replace(/^#+/u, ''))).map(
    (tag) => `#${tag}`,
  );
}

/** An optional text field: trimmed, and undefined when empty. */
export function cleanText(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** A broadcast or livestream link must be an http(s) address. */
export function checkLink(value: string): string {
  const trimmed = value.trim();
  if (!/^https?:\/\/[^\s/$.?#][^\s]*$/iu.test(trimmed)) {
    throw engineError('not-a-link', { value });
  }
  return trimmed;
}
