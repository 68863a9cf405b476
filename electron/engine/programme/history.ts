import { randomBytes } from 'node:crypto';
import type { HistoryEvent } from '../../../shared/model/programme';
import type { Session } from '../../../shared/model/session';
import type { NewHistoryEvent } from '../../../shared/programme/edit';

/** Edits of the same kind (same participant) within this time are one history line. */
const COALESCE_MS = 5 * 60_000;
const coalescing = new Set<HistoryEvent['kind']>(['metadata-changed', 'participant-updated']);

export const newId = (prefix: string): string =>
  `${prefix}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;

/**
 * Appends an event to the session's history and returns it. Consent, override and export events are
 * never merged or rewritten; repeated metadata or participant edits within a few minutes are merged into
 * one line (their field lists joined), so typing in a form does not flood the history.
 */
export function appendHistory(session: Session, event: NewHistoryEvent, now = new Date()): HistoryEvent {
  const last = session.history.at(-1);
  if (
    last &&
    coalescing.has(event.kind) &&
    last.kind === event.kind &&
    last.participantId === event.participantId &&
    now.getTime() - Date.parse(last.at) < COALESCE_MS
  ) {
    const fields = new Set([...(last.details ?? '').split(', '), ...(event.details ?? '').split(', ')]);
    fields.delete('');
    last.details = [...fields].join(', ');
    return last;
  }
  const full: HistoryEvent = { id: newId('h'), at: now.toISOString(), ...event };
  session.history.push(full);
  return full;
}
