import { promises as fs } from 'node:fs';
import { isolate } from '../../../shared/format/isolate';
import path from 'node:path';
import { buildManifest } from '../../../shared/export/manifest';
import { findPreset, mergePresets } from '../../../shared/export/presets';
import { mergeStyles } from '../../../shared/export/styles';
import { GuftaguError, toErrorInfo } from '../../../shared/errors';
import type { Clip, ExportJobRecord, ExportOptions } from '../../../shared/model/clips';
import type { JobSnapshot } from '../../../shared/model/jobs';
import type { JobContext, JobQueue } from '../jobs/queue';
import type { EngineEvents } from '../types';
import { writeFileAtomic } from '../workspace/atomicWrite';
import { manifestName, newBatchId, planBatch } from './batchPlan';
import { allowAll, type ConsentGate } from './consent';
import { planConsent } from './exportConsent';
import { runExportJob, type ExportDependencies } from './exportJob';
import { manifestClips } from './publication';
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
}

const unfinished = (record: ExportJobRecord) => record.state === 'queued' || record.state === 'running';

/**
 * The export queue: a batch of clips × presets becomes one job each in the ffmpeg pool; every record is kept
 * in `<workspace>/export-queue.json`, so work that was queued or running when Guftagu stopped starts again
 * (from scratch) at the next start. When a batch's jobs have all finished, its CSV manifest is (re)written.
 * Consent is checked per clip before anything is queued (exportConsent.ts), and every finished export is
 * written into its session's history.
 */
export class ExportService {
  private readonly recordOfJob = new Map<string, string>();

  constructor(private readonly deps: ExportServiceDependencies) {
    deps.events.on('jobs.event', (snapshot) => this.onJobEvent(snapshot));
  }

  get consentGate(): ConsentGate {
    return this.deps.consentGate ?? allowAll;
  }

  async start(
    request: StartExportRequest,
  ): Promise<{ batchId: string; jobIds: string[]; outputFolder: string }> {
    const { sessions, library } = this.deps;
    const session = await sessions.get(request.sessionId);
    const document = await clipsDocument(sessions, request.sessionId).read();
    const clips = request.clipIds.map((clipId) => {
      const clip = document.clips.find((item) => item.id === clipId);
      if (!clip)
        throw new GuftaguError(
          'not-found',
          `There is no clip "${clipId}" in this session.`,
          'Refresh the clip list.',
        );
      return clip;
    });
    const presets = mergePresets(await library.userPresets());
    for (const presetId of request.presetIds) {
      if (!findPreset(presets, presetId))
        throw new GuftaguError(
          'not-found',
          `There is no preset "${presetId}".`,
          `Choose from: ${presets.map((p) => p.id).join(', ')}.`,
        );
    }
    if (
      request.styleId &&
      !mergeStyles(await library.userStyles()).some((style) => style.id === request.styleId)
    )
      throw new GuftaguError(
        'not-found',
        `There is no caption style "${request.styleId}".`,
        'Choose one of the listed styles.',
      );
    const consent = await planConsent(this.consentGate, session, clips, request.overrides);
    const batchId = newBatchId();
    const outputFolder = request.outputFolder
      ? path.resolve(request.outputFolder)
      : path.join(sessions.folder(request.sessionId), 'exports', batchId);
    await fs.mkdir(outputFolder, { recursive: true });
    const records = await planBatch({
      batchId,
      session,
      clips,
      presetIds: request.presetIds,
      options: request.options,
      ...(request.styleId ? { styleId: request.styleId } : {}),
      outputFolder,
      consent,
    });
    await library.updateRecords((all) => void all.push(...records));
    const titles = new Map(clips.map((clip) => [clip.id, clip.title]));
    const jobIds = await Promise.all(
      records.map((record) => this.enqueue(record, titles.get(record.clipId))),
    );
    return { batchId, jobIds, outputFolder };
  }

  /** Re-enqueues what was queued or running when the engine last stopped. Returns the new job ids. */
  async resume(): Promise<string[]> {
    let pending: ExportJobRecord[] = [];
    await this.deps.library.updateRecords((records) => {
      for (const record of records) if (record.state === 'running') record.state = 'queued';
      pending = records.filter(unfinished).map((record) => ({ ...record }));
    });
    const jobIds: string[] = [];
    for (const record of pending) {
      const title = await clipsDocument(this.deps.sessions, record.sessionId)
        .read()
        .then((document) => document.clips.find((clip) => clip.id === record.clipId)?.title)
        .catch(() => undefined);
      jobIds.push(await this.enqueue(record, title));
    }
    return jobIds;
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
      kind: 'export',
      label: `Export "${isolate(title || record.clipId)}" for ${record.presetId}`,
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
      jobId: context.jobId,
      attempts: current.attempts + 1,
      error: undefined,
    }));
    try {
      const result = await runExportJob(record, { ...this.deps, consentGate: this.consentGate }, context);
      const done = await this.update(recordId, { state: 'succeeded', ...result });
      await recordClipExport(this.deps.sessions, done).catch((error: unknown) =>
        this.deps.log?.(
          `export: ${done.outputPath ?? done.id} not recorded in the history: ${String(error)}`,
        ),
      );
    } catch (error) {
      // A cancel is recorded from the queue's 'canceled' event (it also covers jobs canceled while queued).
      if (!context.signal.aborted)
        await this.update(recordId, { state: 'failed', error: toErrorInfo(error) });
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
    void this.update(recordId, { state: 'canceled' })
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
      records[index] = next;
      updated = next;
    });
    if (!updated)
      throw new GuftaguError(
        'not-found',
        'That export is no longer in the queue.',
        'Start the export again.',
      );
    return updated;
  }

  /** Writes the batch's CSV manifest once none of its jobs is queued or running (again after a retry). */
  private async writeManifestIfDone(batchId: string): Promise<void> {
    const batch = (await this.deps.library.records()).filter((record) => record.batchId === batchId);
    const first = batch[0];
    if (!first || batch.some(unfinished)) return;
    let clips: Map<string, Clip>;
    try {
      const session = await this.deps.sessions.get(first.sessionId);
      const document = await clipsDocument(this.deps.sessions, first.sessionId).read();
      clips = manifestClips(document.clips, batch, session);
    } catch (error) {
      // Never a manifest without its clips' titles and speakers (or with names that should be hidden).
      this.deps.log?.(
        `export: the manifest of batch ${batchId} was not written: ${toErrorInfo(error).message}`,
      );
      return;
    }
    const ordered = [...batch].sort((a, b) => a.n - b.n || a.presetId.localeCompare(b.presetId));
    await fs.mkdir(first.outputFolder, { recursive: true });
    await writeFileAtomic(
      path.join(first.outputFolder, manifestName(first.outputFolder, batchId)),
      buildManifest(ordered, clips),
    );
  }
}

/**
 * Whether the queue is shutting down (JobQueue.close() sets `closed` before it cancels the jobs). Read
 * structurally because JobQueue keeps it private; a public getter on JobQueue would be cleaner.
 */
function isClosing(queue: JobQueue): boolean {
  return (queue as unknown as { closed?: unknown }).closed === true;
}
