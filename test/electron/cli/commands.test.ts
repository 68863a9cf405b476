import { describe, expect, it } from 'vitest';
import { GuftaguError } from '../../../shared/errors';
import type { SessionSummary } from '../../../shared/model/session';
import { findSession } from '../../../electron/cli/commands';

const summary = (id: string, title: string, extra: Partial<SessionSummary> = {}): SessionSummary => ({
  id,
  title,
  mediaCount: 0,
  state: 'ok',
  backupCount: 0,
  ...extra,
});

const sessions = [
  summary('2026-11-01-aaaaaa', 'Lahore dialogue'),
  summary('2026-11-02-bbbbbb', 'Karachi'),
  summary('2026-11-03-cccccc', 'karachi'),
  summary('2026-11-04-dddddd', 'گفتگو لاہور'),
];

function thrown(run: () => unknown): GuftaguError {
  try {
    run();
  } catch (error) {
    if (error instanceof GuftaguError) return error;
    throw error;
  }
  throw new Error('expected a GuftaguError');
}

describe('findSession', () => {
  it('finds a session by id', () => {
    expect(findSession(sessions, '2026-11-02-bbbbbb').title).toBe('Karachi');
  });

  it('finds a session by title, ignoring case', () => {
    expect(findSession(sessions, 'lahore DIALOGUE').id).toBe('2026-11-01-aaaaaa');
    expect(findSession(sessions, 'گفتگو لاہور').id).toBe('2026-11-04-dddddd');
  });

  it('prefers an exact id over a title', () => {
    const tricky = [...sessions, summary('2026-11-05-eeeeee', '2026-11-01-aaaaaa')];
    expect(findSession(tricky, '2026-11-01-aaaaaa').title).toBe('Lahore dialogue');
  });

  it('refuses an ambiguous title and lists the ids to use instead', () => {
    const error = thrown(() => findSession(sessions, 'KARACHI'));
    expect(error.code).toBe('invalid-request');
    expect(error.message).toContain('2 sessions');
    expect(error.hint).toContain('2026-11-02-bbbbbb');
    expect(error.hint).toContain('2026-11-03-cccccc');
  });

  it("says 'not-found' with a hint for an unknown session", () => {
    const error = thrown(() => findSession(sessions, 'Quetta'));
    expect(error.code).toBe('not-found');
    expect(error.message).toContain('Quetta');
    expect(error.hint).toContain('guftagu session');
    expect(thrown(() => findSession([], 'anything')).code).toBe('not-found');
  });
});
