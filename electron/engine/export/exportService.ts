import { promises as fs } from 'node:fs';
import path from 'node:path';
import { engineError } from '../../../shared/errorTexts';
import { buildManifest, type ManifestRow } from '../../../shared/export/manifest';
import { outputMetadata } from '../../../shared/export/outputMetadata';
import {
  blockingWarnings,
  planExport,
  refusedError,
  refusedClipIds,
} from '../../../shared/export/planExport';
import type { Preset } from '../../../shared/export/presets';
import { publicationOfRules, publishedClip, publishedSession } from '../../../shared/export/publication';
import { type GuftaguError, toErrorInfo } from '../../../shared/errors';
import type { ExportJobRecord, ExportOptions, ExportWarning } from '../../../shared/model/clips';
import type { JobSnapshot } from '../../../shared/model/jobs';
import type { JobContext, JobQueue } from '../jobs/queue';
import type { EngineEvents } from '../types';
import {
  actionAtStart,
  retryableExportStates,
  type OwnerAtStart,
} from '../../../shared/export/restartPolicy';
import { currentOwner, isOwnedByThisProcess, isOwnerGone } from '../process/processOwner';
import { writeFileAtomic } from '../workspace/atomicWrite';
import { manifestName, newBatchId, recordsOfPlan } from './batchPlan';
import { runExportJob, type ExportDependencies } from './exportJob';
import { readExportSnapshot } from './exportSnapshot';
import { recordClipExport } from './recordExport';
import { clipsDocument } from './stores';

export interface ExportServiceDependencies extends ExportDependencies {
  queue: JobQueue;
  events: Pick<EngineEvents, 'on'>;
}

export interface StartExportRequest {
  sessionId: string;
  clipIds: readonly string[];
  presetIds: readonly string[];
  options: ExportOptions;
  styleId?: string;
  outputFolder?: string;
  /** Consent overrides (consent.override ids) for clips whose speaker's consent refuses publishing. */
  overrides?: readonly { clipId: string; overrideId: string }[];
  /** Queue the allowed clips and return the refused ones as `skipped` (at least one must be allowed). */
  skipRefused?: boolean;
}

const unfinished = (record: ExportJobRecord) => record.state === 'queued' || record.state === 'running';

/**
 * The export queue: a batch of clips × presets becomes one job each in the ffmpeg pool; every record is kept
 * in `<workspace>/export-queue.json`, so work that was queued when Guftagu closed starts again (from
 * scratch) at the next start, and work cut short by a kill or a crash shows as 'interrupted' with Retry.
 * When a batch's jobs have all finished, its CSV manifest is (re)written. What is queued is the plan of
 * shared/export/planExport.ts (consent, file names, publication rules); each job plans again before it
 * runs, and every finished export is written into its session's history.
 */
export class ExportService {
  private readonly recordOfJob = new Map<string, string>();

  constructor(private readonly deps: ExportServiceDependencies) {
    deps.events.on('jobs.event', (snapshot) => this.onJobEvent(snapshot));
  }

  async start(request: StartExportRequest): Promise<{
    batchId: string;
    jobIds: string[];
    outputFolder: string;
    skipped: { clipId: string; warnings: ExportWarning[] }[];
  }> {
    const { sessions, library } = this.deps;
    const batchId = newBatchId();
    const outputFolder = request.outputFolder
      ? path.resolve(request.outputFolder)
      : path.join(sessions.folder(request.sessionId), 'exports', batchId);
    const existing = await fs.readdir(outputFolder).catch(() => [] as string[]);
    const { snapshot, clips } = await readExportSnapshot(this.deps, {
      ...request,
      overrides: request.overrides ?? [],
      fileNameTemplate: request.options.fileNameTemplate,
      takenStems: existing.map((name) => name.replace(/\.[^.]*$/, '')),
    });
    const plan = planExport(snapshot);
    const [blocking] = blockingWarnings(plan.warnings);
    if (blocking) throw planError(blocking, snapshot.presets);
    const refused = refusedClipIds(plan);
    if (refused.length > 0 && (!request.skipRefused || plan.items.length === 0))
      throw refusedError(plan, clips);
    await fs.mkdir(outputFolder, { recursive: true });
    const records = recordsOfPlan({
      batchId,
      sessionId: request.sessionId,
      items: plan.items,
      options: request.options,
      ...(request.styleId ? { styleId: request.styleId } : {}),
      outputFolder,
    });
    const owner = currentOwner();
    await library.updateRecords((all) => void all.push(...records.map((record) => ({ ...record, owner }))));
    const titles = new Map(clips.map((clip) => [clip.id, clip.title]));
    const jobIds = await Promise.all(
      records.map((record) => this.enqueue(record, titles.get(record.clipId))),
    );
    const skipped = refused.map((clipId) => ({
      clipId,
      warnings: plan.warnings.filter((warning) => warning.kind === 'consent' && warning.clipId === clipId),
    }));
    return { batchId, jobIds, outputFolder, skipped };
  }

  /**
   * At start (restartPolicy.ts): an export whose process ended without closing (kill -9, a crash) becomes
   * 'interrupted' and waits for Retry; with `resume`, what a Guftagu that closed normally handed back is
   * queued again. Another running Guftagu's exports are left to it. Returns the new job ids.
   */
  async recover(resume: boolean): Promise<string[]> {
    let pending: ExportJobRecord[] = [];
    const owner = currentOwner();
    await this.deps.library.updateRecords((records) => {
      pending = [];
      for (const [index, record] of records.entries()) {
        const action = actionAtStart(record.state, ownerAtStart(record), resume);
        if (action === 'interrupt') records[index] = withoutOwner({ ...record, state: 'interrupted' });
        if (action === 'resume') {
          const resumed: ExportJobRecord = { ...record, state: 'queued', owner };
          records[index] = resumed;
          pending.push({ ...resumed });
        }
      }
    });
    const jobIds: string[] = [];
    for (const record of pending) jobIds.push(await this.enqueue(record, await this.titleOf(record)));
    return jobIds;
  }

  /** Retry of an interrupted, failed or canceled export: queued again under this process. */
  async retry(recordId: string): Promise<{ jobId: string }> {
    const record = await this.update(recordId, (current) => {
      if (!retryableExportStates.includes(current.state)) throw engineError('export-not-retryable');
      return { state: 'queued', owner: currentOwner(), error: undefined };
    });
    return { jobId: await this.enqueue(record, await this.titleOf(record)) };
  }

  /**
   * At a normal close, after the queue has stopped its jobs: this process's unfinished exports are handed
   * back (queued, no owner), so the next start queues them again.
   */
  async release(): Promise<void> {
    const mine = new Set(this.recordOfJob.values());
    await this.deps.library.updateRecords((records) => {
      for (const [index, record] of records.entries()) {
        if (!mine.has(record.id) || !unfinished(record) || !isOwnedByThisProcess(record.owner)) continue;
        records[index] = withoutOwner({ ...record, state: 'queued' });
      }
    });
  }

  private async titleOf(record: ExportJobRecord): Promise<string | undefined> {
    return clipsDocument(this.deps.sessions, record.sessionId)
      .read()
      .then((document) => document.clips.find((clip) => clip.id === record.clipId)?.title)
      .catch(() => undefined);
  }

  async records(filter: { sessionId?: string; batchId?: string } = {}): Promise<ExportJobRecord[]> {
    return (await this.deps.library.records())
      .filter((record) => !filter.sessionId || record.sessionId === filter.sessionId)
      .filter((record) => !filter.batchId || record.batchId === filter.batchId)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** Queues the record's job; resolves once the record names it (so export.queue shows the job id). */
  private async enqueue(record: ExportJobRecord, title: string | undefined): Promise<string> {
    const job = this.deps.queue.enqueue({
      title: { kind: 'export', params: { clip: title || record.clipId, preset: record.presetId } },
      sessionId: record.sessionId,
      pool: 'ffmpeg',
      run: (context) => this.run(record.id, context),
    });
    this.recordOfJob.set(job.id, record.id);
    // run() writes the same id when the job starts; either write may land first.
    await this.update(record.id, { jobId: job.id })
      .then(() => undefined)
      .catch((error: unknown) => this.deps.log?.(`export queue: ${String(error)}`));
    return job.id;
  }

  private async run(recordId: string, context: JobContext): Promise<void> {
    this.recordOfJob.set(context.jobId, recordId);
    const record = await this.update(recordId, (current) => ({
      state: 'running',
      owner: currentOwner(),
      jobId: context.jobId,
      attempts: current.attempts + 1,
      error: undefined,
    }));
    try {
      const result = await runExportJob(record, this.deps, context);
      const done = await this.update(recordId, { state: 'succeeded', owner: undefined, ...result });
      await recordClipExport(this.deps.sessions, done).catch((error: unknown) =>
        this.deps.log?.(
          `export: ${done.outputPath ?? done.id} not recorded in the history: ${String(error)}`,
        ),
      );
    } catch (error) {
      // A cancel is recorded from the queue's 'canceled' event (it also covers jobs canceled while queued).
      if (!context.signal.aborted)
        await this.update(recordId, { state: 'failed', owner: undefined, error: toErrorInfo(error) });
      throw error;
    } finally {
      if (!context.signal.aborted) await this.writeManifestIfDone(record.batchId);
    }
  }

  private onJobEvent(snapshot: JobSnapshot): void {
    const recordId = this.recordOfJob.get(snapshot.id);
    if (!recordId || snapshot.state !== 'canceled') return;
    // Shutting down: keep the record queued so the next start runs it again.
    if (isClosing(this.deps.queue)) return;
    void this.update(recordId, { state: 'canceled', owner: undefined })
      .then((record) => this.writeManifestIfDone(record.batchId))
      .catch((error: unknown) => this.deps.log?.(`export queue: ${String(error)}`));
  }

  private async update(
    recordId: string,
    patch: Partial<ExportJobRecord> | ((current: ExportJobRecord) => Partial<ExportJobRecord>),
  ): Promise<ExportJobRecord> {
    let updated: ExportJobRecord | undefined;
    await this.deps.library.updateRecords((records) => {
      const index = records.findIndex((record) => record.id === recordId);
      const current = records[index];
      if (!current) return;
      const changes = typeof patch === 'function' ? patch(current) : patch;
      const next = { ...current, ...changes, updatedAt: new Date().toISOString() };
      if (next.error === undefined) delete next.error;
      if (next.owner === undefined) delete next.owner;
      records[index] = next;
      updated = next;
    });
    if (!updated) throw engineError('export-not-queued');
    return updated;
  }

  /** Writes the batch's CSV manifest once none of its jobs is queued or running (again after a retry). */
  private async writeManifestIfDone(batchId: string): Promise<void> {
    const batch = (await this.deps.library.records()).filter((record) => record.batchId === batchId);
    const first = batch[0];
    if (!first || batch.some(unfinished)) return;
    const ordered = [...batch].sort((a, b) => a.n - b.n || a.presetId.localeCompare(b.presetId));
    const rows = await this.manifestRows(first.sessionId, ordered);
    // Never a manifest without its clips' titles and speakers (or with names that should be hidden).
    if (!rows) return;
    await fs.mkdir(first.outputFolder, { recursive: true });
    await writeFileAtomic(
      path.join(first.outputFolder, manifestName(first.outputFolder, batchId)),
      buildManifest(rows),
    );
  }

  /**
   * The manifest's rows: each record (its stored plan item) with its clip and output metadata as published
   * under the rules it was planned with. When the session or its clips cannot be read, there are no rows
   * (no manifest is written) and the reason is logged.
   */
  private async manifestRows(
    sessionId: string,
    records: readonly ExportJobRecord[],
  ): Promise<ManifestRow[] | undefined> {
    try {
      const session = await this.deps.sessions.get(sessionId);
      const { clips } = await clipsDocument(this.deps.sessions, sessionId).read();
      return records.map((record) => {
        const original = clips.find((item) => item.id === record.clipId);
        if (!original) return { record };
        const publication = publicationOfRules(record, session.participants);
        const clip = publishedClip(original, publication);
        const metadata = outputMetadata(publishedSession(session, publication), clip, record.speakerName);
        return { record, clip, metadata };
      });
    } catch (error) {
      const batch = records[0]?.batchId ?? '';
      this.deps.log?.(
        `export: the manifest of batch ${batch} was not written: ${toErrorInfo(error).message}`,
      );
      return undefined;
    }
  }
}

/**
 * Whether the queue is shutting down (JobQueue.close() sets `closed` before it cancels the jobs). Read
 * structurally because JobQueue keeps it private; a public getter on JobQueue would be cleaner.
 */
function isClosing(queue: JobQueue): boolean {
  return (queue as unknown as { closed?: unknown }).closed === true;
}

/** A blocking warning of the plan as the error export.start refuses with. */
function planError(warning: ExportWarning, presets: readonly Preset[]): GuftaguError {
  switch (warning.kind) {
    case 'unknown-preset':
      return engineError('export-preset-unknown', {
        presetId: warning.presetId ?? '',
        presets: presets.map((preset) => preset.id).join(', '),
      });
    case 'unknown-clip':
      return engineError('export-clip-unknown', { clipId: warning.clipId ?? '' });
    case 'unknown-style':
      return engineError('export-style-unknown', { styleId: String(warning.params?.['styleId'] ?? '') });
    default:
      return engineError('export-clip-invalid', { reason: warning.message });
  }
}

function ownerAtStart(record: ExportJobRecord): OwnerAtStart {
  if (!record.owner) return 'none';
  return isOwnerGone(record.owner) ? 'gone' : 'alive';
}

function withoutOwner(record: ExportJobRecord): ExportJobRecord {
  const { owner: _owner, ...rest } = record;
  return { ...rest, updatedAt: new Date().toISOString() };
}
