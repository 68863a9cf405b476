import { describe, expect, it } from 'vitest';
import {
  actionAtStart,
  retryableExportStates,
  type OwnerAtStart,
  type RestartAction,
} from '../../../shared/export/restartPolicy';
import type { ExportRecordState } from '../../../shared/model/clips';

const table: [ExportRecordState, OwnerAtStart, boolean, RestartAction][] = [
  // Another Guftagu is working on it.
  ['running', 'alive', true, 'leave'],
  ['queued', 'alive', true, 'leave'],
  ['running', 'alive', false, 'leave'],
  // Its process was killed: interrupted, never restarted by itself.
  ['running', 'gone', true, 'interrupt'],
  ['queued', 'gone', true, 'interrupt'],
  ['running', 'gone', false, 'interrupt'],
  ['queued', 'gone', false, 'interrupt'],
  // No owner: running means it was cut short; queued means a normal close handed it back.
  ['running', 'none', true, 'interrupt'],
  ['running', 'none', false, 'interrupt'],
  ['queued', 'none', true, 'resume'],
  ['queued', 'none', false, 'leave'],
  // Finished records stay as they are.
  ['succeeded', 'gone', true, 'leave'],
  ['failed', 'none', true, 'leave'],
  ['canceled', 'gone', true, 'leave'],
  ['interrupted', 'none', true, 'leave'],
];

describe('actionAtStart', () => {
  it.each(table)('%s, owner %s, resume %s → %s', (state, owner, resume, expected) => {
    expect(actionAtStart(state, owner, resume)).toBe(expected);
  });

  it('lets interrupted, failed and canceled exports be retried, not running or finished ones', () => {
    expect([...retryableExportStates].sort()).toEqual(['canceled', 'failed', 'interrupted']);
  });
});
