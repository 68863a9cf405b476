import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GuftaguError } from '../../../../shared/errors';
import type { ExportJobRecord } from '../../../../shared/model/clips';
import { waitForJobs } from '../../../support/waitForJobs';
import { setUpExport, type ExportWorld } from './exportFixture';

let world: ExportWorld | undefined;
afterEach(async () => {
  await world?.dispose();
  world = undefined;
});

const deadPid = () =>
  Number(spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim());

/** Rewrites export-queue.json as a Guftagu that was killed mid-export leaves it. */
function leaveAsKilled(
  workspacePath: string,
  change: (record: ExportJobRecord) => ExportJobRecord | ExportJobRecord[],
): void {
  const file = path.join(workspacePath, 'export-queue.json');
  const document = JSON.parse(readFileSync(file, 'utf8')) as { records: ExportJobRecord[] };
  document.records = document.records.flatMap(change);
  writeFileSync(file, JSON.stringify(document));
}

describe('exports cut short by a killed Guftagu', () => {
  it('are marked interrupted at the next start (not restarted) and run again on Retry', async () => {
    world = await setUpExport();
    const { sessionId, clip } = world;
    const started = await world.engine.api['export.start']({
      sessionId,
      clipIds: [clip.id],
      presetIds: ['test-small'],
    });
    await waitForJobs(world.engine, started.jobIds);
    await world.engine.close();
    const killed = { pid: deadPid(), host: os.hostname() };
    // One output was running and one waiting in the queue when the process was killed.
    leaveAsKilled(world.workspacePath, (record) => {
      const { outputPath: _outputPath, ...rest } = record;
      return [
        { ...rest, state: 'running', owner: killed },
        {
          ...rest,
          id: `${record.id}-waiting`,
          fileStem: `${record.fileStem}-2`,
          state: 'queued',
          owner: killed,
        },
      ];
    });

    const engine = await world.restart();
    const records = await engine.api['export.queue']({ batchId: started.batchId });
    expect(records.map((record) => record.state)).toEqual(['interrupted', 'interrupted']);
    expect(records.every((record) => record.owner === undefined)).toBe(true);
    expect(await engine.api['jobs.list']({})).toEqual([]);

    const small = records.find((record) => !record.id.endsWith('-waiting'));
    const { jobId } = await engine.api['export.retry']({ recordId: small?.id ?? '' });
    const [job] = await waitForJobs(engine, [jobId]);
    expect(job?.state, JSON.stringify(job?.error)).toBe('succeeded');
    const [done] = (await engine.api['export.queue']({ batchId: started.batchId })).filter(
      (record) => record.id === small?.id,
    );
    expect(done?.state).toBe('succeeded');
    expect(existsSync(done?.outputPath ?? '')).toBe(true);

    const error: unknown = await engine.api['export.retry']({ recordId: small?.id ?? '' }).catch((e) => e);
    expect(error).toBeInstanceOf(GuftaguError);
    expect((error as GuftaguError).code).toBe('invalid-request');
  });

  it("leaves another running Guftagu's exports to it", async () => {
    world = await setUpExport();
    const started = await world.engine.api['export.start']({
      sessionId: world.sessionId,
      clipIds: [world.clip.id],
      presetIds: ['test-small'],
    });
    await waitForJobs(world.engine, started.jobIds);
    await world.engine.close();
    // This test's own parent (vitest) stands in for a second Guftagu that is still running.
    const other = { pid: process.ppid, host: os.hostname() };
    leaveAsKilled(world.workspacePath, (record) => ({ ...record, state: 'running', owner: other }));

    const engine = await world.restart();
    const [record] = await engine.api['export.queue']({ batchId: started.batchId });
    expect(record?.state).toBe('running');
    expect(record?.owner).toEqual(other);
    expect(await engine.api['jobs.list']({})).toEqual([]);
  });
});
