import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { JobSnapshot } from '../../shared/model/jobs';
import { createEngine } from '../../electron/engine/engine';
import type { Engine } from '../../electron/engine/types';
import { waitForJobs } from './waitForJobs';

export { waitForJobs };

export interface TestEngine {
  engine: Engine;
  /** Temp root holding workspace/, config/ and media/ (the source files a test makes). */
  root: string;
  workspacePath: string;
  configDir: string;
  mediaDir: string;
  /** Every jobs.event so far, in order. */
  jobEvents: JobSnapshot[];
  /** Closes the engine and removes every temp folder. */
  dispose(): Promise<void>;
}

/** An engine over a temp workspace and a temp config folder (GUFTAGU_CONFIG_DIR points there too), bundled ffmpeg. */
export async function startTestEngine(): Promise<TestEngine> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'guftagu-engine-'));
  const workspacePath = path.join(root, 'workspace');
  const configDir = path.join(root, 'config');
  const previousConfigDir = process.env['GUFTAGU_CONFIG_DIR'];
  process.env['GUFTAGU_CONFIG_DIR'] = configDir;
  const engine = await createEngine({ workspacePath, configDir, binding: 'test' });
  // Tests run the bundled ffmpeg (the development fallback) unless they choose another: the automatic
  // choice has tests of its own (doctor.int.test.ts, binaries.int.test.ts).
  await engine.api['settings.update']({ ffmpegSource: 'bundled' });
  const jobEvents: JobSnapshot[] = [];
  engine.events.on('jobs.event', (snapshot) => jobEvents.push(snapshot));
  return {
    engine,
    root,
    workspacePath,
    configDir,
    mediaDir: path.join(root, 'media'),
    jobEvents,
    async dispose() {
      await engine.close();
      if (previousConfigDir === undefined) delete process.env['GUFTAGU_CONFIG_DIR'];
      else process.env['GUFTAGU_CONFIG_DIR'] = previousConfigDir;
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Imports files into a session and waits for the jobs to finish. */
export async function importAndWait(
  engine: Engine,
  sessionId: string,
  paths: string[],
): Promise<JobSnapshot[]> {
  const { jobIds } = await engine.api['media.import']({ sessionId, paths });
  return waitForJobs(engine, jobIds);
}

/** Names inside the session's media folder (empty when there is none). */
export function mediaFolderEntries(workspacePath: string, sessionId: string, mediaId?: string): string[] {
  const folder = path.join(workspacePath, 'sessions', sessionId, 'media', ...(mediaId ? [mediaId] : []));
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

/** Every file or folder under a root whose name starts with `.job-` (a job's temp folder). */
export function jobTempFolders(root: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.name.startsWith('.job-')) found.push(full);
      if (entry.isDirectory()) walk(full);
    }
  };
  walk(root);
  return found;
}

/** Pids of live processes whose command line mentions the text (Linux /proc). */
export function processesMentioning(text: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const commandLine = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (commandLine.includes(text) && !isZombie(Number(entry))) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

/** A zombie has exited and only waits for its parent to read its status. */
export function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}
