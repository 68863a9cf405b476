import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  OWNER_FILE,
  UNOWNED_AGE_LIMIT_MS,
  makeJobFolder,
  sweepLeftFolders,
  workspaceJobParents,
} from '../../../../electron/engine/process/jobFolders';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs('guftagu-job-folders-');

/** The id of a process that has certainly ended (it ran and was waited for). */
function deadPid(): number {
  const result = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  return Number(result.stdout.trim());
}

function folderOwnedBy(
  parent: string,
  name: string,
  owner: { pid: number; host: string } | undefined,
): string {
  const folder = path.join(parent, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'audio.wav'), 'partial');
  if (owner) writeFileSync(path.join(folder, OWNER_FILE), JSON.stringify(owner));
  return folder;
}

describe('job folders', () => {
  it('makeJobFolder writes this process as the owner', async () => {
    const folder = await makeJobFolder(tempDir(), 'job-1');
    expect(path.basename(folder)).toBe('.job-job-1');
    expect(readdirSync(folder)).toEqual([OWNER_FILE]);
  });

  it('sweeps only the folders whose owner process ended (and old unowned ones), ours only', async () => {
    const parent = tempDir();
    const tempRoot = tempDir();
    const host = os.hostname();
    const dead = folderOwnedBy(parent, '.job-dead', { pid: deadPid(), host });
    const alive = folderOwnedBy(parent, '.job-alive', { pid: process.pid, host });
    const parentProcess = folderOwnedBy(parent, '.job-parent', { pid: process.ppid, host });
    const otherHost = folderOwnedBy(parent, '.job-other-host', { pid: deadPid(), host: `${host}-elsewhere` });
    const unownedNew = folderOwnedBy(parent, '.job-unowned-new', undefined);
    const unownedOld = folderOwnedBy(parent, '.job-unowned-old', undefined);
    const oldS = (Date.now() - UNOWNED_AGE_LIMIT_MS - 60_000) / 1000;
    utimesSync(unownedOld, oldS, oldS);
    const notAJobFolder = folderOwnedBy(parent, 'job-dead-lookalike', { pid: deadPid(), host });
    const deadTemp = folderOwnedBy(tempRoot, 'guftagu-transcribe-abc123', { pid: deadPid(), host });
    const someoneElsesTemp = folderOwnedBy(tempRoot, 'other-app-xyz', { pid: deadPid(), host });

    const result = await sweepLeftFolders([parent], { tempRoot });
    expect(result.failed).toEqual([]);
    expect(result.removed.sort()).toEqual([dead, unownedOld, deadTemp].sort());
    for (const kept of [alive, parentProcess, otherHost, unownedNew, notAJobFolder, someoneElsesTemp])
      expect(existsSync(kept), kept).toBe(true);
  });

  it('removes a media folder that only held a killed import, and keeps one with finished files', async () => {
    const workspace = tempDir();
    const media = path.join(workspace, 'sessions', 's-1', 'media');
    const host = os.hostname();
    folderOwnedBy(path.join(media, 'm-killed'), '.job-a', { pid: deadPid(), host });
    folderOwnedBy(path.join(media, 'm-done'), '.job-b', { pid: deadPid(), host });
    writeFileSync(path.join(media, 'm-done', 'audio.wav'), 'done');
    folderOwnedBy(path.join(workspace, 'sessions', 's-1', 'transcripts'), '.job-c', { pid: deadPid(), host });

    const { parents, mediaFolders } = await workspaceJobParents(workspace);
    const result = await sweepLeftFolders(parents, { tempRoot: tempDir(), removeEmptyParents: mediaFolders });
    expect(result.removed).toHaveLength(3);
    expect(readdirSync(media)).toEqual(['m-done']);
    expect(readdirSync(path.join(media, 'm-done'))).toEqual(['audio.wav']);
    expect(readdirSync(path.join(workspace, 'sessions', 's-1', 'transcripts'))).toEqual([]);
  });
});
