import { describe, expect, it } from 'vitest';
import { elapsedMsOf, isRetryable, jobOutcome, type JobOutcome } from '../../../shared/jobs/jobOutcome';
import type { ErrorCode } from '../../../shared/errors';
import type { JobSnapshot } from '../../../shared/model/jobs';

describe('jobOutcome', () => {
  const table: [Pick<JobSnapshot, 'kind' | 'state' | 'stepInfo'>, JobOutcome][] = [
    [{ kind: 'transcribe', state: 'succeeded', stepInfo: { code: 'no-speech' } }, 'no-speech'],
    [
      { kind: 'transcribe', state: 'succeeded', stepInfo: { code: 'cues-found', params: { count: 12 } } },
      'done',
    ],
    [{ kind: 'import', state: 'succeeded', stepInfo: { code: 'no-speech' } }, 'done'],
    [{ kind: 'transcribe', state: 'running', stepInfo: { code: 'transcribing' } }, 'running'],
    [{ kind: 'transcribe', state: 'failed' }, 'failed'],
    [{ kind: 'export', state: 'canceled' }, 'canceled'],
    [{ kind: 'export', state: 'queued' }, 'queued'],
  ];
  it.each(table)('%j reads as %s', (job, outcome) => expect(jobOutcome(job)).toBe(outcome));

  it('counts the time a job has run from its start', () => {
    expect(elapsedMsOf({ startedAt: '2026-01-01T00:00:00.000Z' }, Date.parse('2026-01-01T00:01:05Z'))).toBe(
      65_000,
    );
    expect(elapsedMsOf({}, 0)).toBeUndefined();
    expect(elapsedMsOf({ startedAt: 'not a date' }, 0)).toBeUndefined();
  });
});

describe('isRetryable', () => {
  const failed = (code: ErrorCode) => ({
    state: 'failed' as const,
    error: { code, message: 'm', hint: 'h' },
  });
  it.each([
    [failed('not-media'), false], // a PDF renamed .mp4 is never media
    [failed('file-empty'), false],
    [failed('no-audio'), false],
    [failed('file-damaged'), false],
    [failed('disk-full'), true], // free some space, then retry
    [failed('tool-failed'), true],
    [failed('source-missing'), true],
    [{ state: 'canceled' as const }, true],
    [{ state: 'succeeded' as const }, false],
  ])('%j → %s', (job, retryable) => expect(isRetryable(job)).toBe(retryable));
});
