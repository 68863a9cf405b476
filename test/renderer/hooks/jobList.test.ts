import { describe, expect, it } from 'vitest';
import type { JobSnapshot } from '../../../shared/model/jobs';
import { canCancel, canRetry, upsertJob } from '../../../renderer/src/hooks/jobList';

const job = (id: string, createdAt: string, patch: Partial<JobSnapshot> = {}): JobSnapshot => ({
  id,
  kind: 'import',
  label: `Import ${id}`,
  state: 'queued',
  progress: 0,
  createdAt,
  ...patch,
});

describe('job list', () => {
  it('replaces a job by its latest snapshot and keeps the newest first', () => {
    const list = [job('b', '2026-11-02'), job('a', '2026-11-01')];
    const updated = upsertJob(list, job('a', '2026-11-01', { state: 'running', progress: 0.4 }));
    expect(updated.map((entry) => [entry.id, entry.state])).toEqual([
      ['b', 'queued'],
      ['a', 'running'],
    ]);
    expect(upsertJob(updated, job('c', '2026-11-03')).map((entry) => entry.id)).toEqual(['c', 'b', 'a']);
  });

  it('offers cancel while a job may still run and retry once it stopped without success', () => {
    const states = ['queued', 'running', 'succeeded', 'failed', 'canceled'] as const;
    expect(states.map((state) => canCancel(job('x', '1', { state })))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(states.map((state) => canRetry(job('x', '1', { state })))).toEqual([
      false,
      false,
      false,
      true,
      true,
    ]);
  });
});
