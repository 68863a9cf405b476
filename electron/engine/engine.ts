import path from 'node:path';
import {
  apiMethods,
  methodNames,
  type ApiImplementation,
  type GuftaguApi,
  type MethodName,
} from '../../shared/api/contract';
import { engineError } from '../../shared/errorTexts';
import { GuftaguError } from '../../shared/errors';
import { createClipsApi } from './api/clipsApi';
import { createMediaApi, resolveMediaAsset } from './api/mediaApi';
import { createLoudnessApi } from './api/loudnessApi';
import { createProgrammeApi } from './api/programmeApi';
import { createSessionsApi } from './api/sessionsApi';
import { createSubtitlesApi } from './api/subtitlesApi';
import { createTranscriptionApi } from './api/transcriptionApi';
import { ModelManager } from './transcription/models/manager';
import { TranscriptStore } from './transcription/transcriptStore';
import { buildDoctorReport } from './doctor';
import { createEventHub } from './events';
import { JobQueue } from './jobs/queue';
import { createFileLogger } from './log';
import { resolveFfmpegTools, warmAutomaticChoice } from './media/binaries';
import { sweepWorkspaceLeftovers } from './process/sweepWorkspace';
import { searchIndexFolder } from './search/indexFolder';
import { WorkspaceSearchIndex } from './search/workspaceSearchIndex';
import { SettingsStore } from './settingsStore';
import type { Engine } from './types';
import { defaultConfigDir, resolveWorkspacePath, UPLOADS_FOLDER } from './workspace/paths';
import { GlossaryStore } from './workspace/glossaryStore';
import { SessionStore } from './workspace/sessionStore';
import { makeFolder } from './workspace/makeFolder';
import { tidyUploads } from './workspace/tidyUploads';
import packageJson from '../../package.json';

export interface EngineOptions {
  /** --workspace: wins over GUFTAGU_WORKSPACE and the setting. */
  workspacePath?: string;
  /** Settings, models and logs; GUFTAGU_CONFIG_DIR or the per-user folder by default. */
  configDir?: string;
  /** Name of the binding, shown by app.info. */
  binding?: string;
  log?: (line: string) => void;
}

/** Builds the engine: the API contract implemented over the workspace, the job queue and the tools. */
export async function createEngine(options: EngineOptions = {}): Promise<Engine> {
  const configDir = options.configDir ?? defaultConfigDir();
  // Settings changes are announced like every document's (the hub exists before any change is made).
  const settingsStore = new SettingsStore(configDir, (change) => events.emit('workspace.changed', change));
  const settings = await settingsStore.get();
  const workspacePath = resolveWorkspacePath({
    explicit: options.workspacePath,
    setting: settings.workspacePath,
  });
  await makeFolder(path.join(workspacePath, 'sessions')).catch((error: unknown) => {
    if (error instanceof GuftaguError) throw error;
    throw engineError('workspace-not-creatable', {
      path: workspacePath,
      reason: (error as Error).message,
    });
  });
  const fileLog = createFileLogger(path.join(configDir, 'logs'));
  const log = (line: string) => {
    fileLog(line);
    options.log?.(line);
  };
  // Before any job can start: what a killed Guftagu left behind (job folders, temp files) goes.
  await sweepWorkspaceLeftovers(workspacePath, log).catch((error: unknown) =>
    log(`left-over job folders: ${String(error)}`),
  );
  const events = createEventHub(log);
  const sessions = new SessionStore(workspacePath, {
    onDocumentChanged: (change) => {
      // The index is made below: it needs the stores, and the stores tell it about changes.
      if (change.kind === 'session' || change.kind === 'transcript' || change.kind === 'clips')
        searchIndex.onDocumentChanged(change.kind === 'clips' ? 'clip' : change.kind, change.sessionId);
      events.emit('workspace.changed', change);
    },
  });
  const glossary = new GlossaryStore(workspacePath, (change) => events.emit('workspace.changed', change));
  const queue = new JobQueue((snapshot) => events.emit('jobs.event', snapshot), {
    ffmpeg: settings.ffmpegConcurrency,
  });
  const closeTasks: (() => Promise<void>)[] = [];
  const warming = warmAutomaticChoice(settings).catch((error: unknown) =>
    log(`system ffmpeg shaper probe: ${error instanceof Error ? error.message : String(error)}`),
  );
  closeTasks.push(() => warming);
  let currentSettings = settings;
  const importDeps = { sessions, tools: () => resolveFfmpegTools(currentSettings), log };
  const models = ModelManager.forConfigDir(configDir);
  // Its saves reach the search index through the sessions' change events (above).
  const transcripts = new TranscriptStore(sessions);
  const searchIndex = new WorkspaceSearchIndex({
    sessions,
    transcripts,
    indexFolder: searchIndexFolder(workspacePath),
    log,
  });
  const transcriptionDeps = {
    sessions,
    transcripts,
    models,
    settings: () => currentSettings,
    log,
  };

  const implementation: ApiImplementation = {
    'app.info': async () => ({
      version: packageJson.version,
      workspacePath,
      platform: process.platform,
      binding: options.binding ?? 'engine',
    }),
    'settings.get': () => settingsStore.get(),
    'settings.update': async (patch) => {
      currentSettings = await settingsStore.update(patch);
      queue.setFfmpegConcurrency(currentSettings.ffmpegConcurrency);
      return currentSettings;
    },
    'settings.clear': async ({ keys }) => {
      currentSettings = await settingsStore.unset(keys);
      return currentSettings;
    },
    'doctor.report': async () => buildDoctorReport(currentSettings, workspacePath, configDir),
    ...createSessionsApi(sessions),
    ...createMediaApi(queue, importDeps, path.join(workspacePath, UPLOADS_FOLDER)),
    ...createLoudnessApi(importDeps),
    ...createTranscriptionApi(queue, transcriptionDeps, models.folder),
    ...createSubtitlesApi(transcriptionDeps),
    ...createProgrammeApi({ ...transcriptionDeps, searchIndex }),
    ...createClipsApi(queue, {
      ...transcriptionDeps,
      ...importDeps,
      workspacePath,
      events,
      resume: options.binding !== 'cli',
      onClose: (task) => closeTasks.push(task),
    }),
    'glossary.list': async () => ({ terms: await glossary.terms() }),
    'glossary.add': ({ term }) => glossary.add(term),
    'glossary.remove': ({ term }) => glossary.remove(term),
    'jobs.list': async () => queue.list(),
    'jobs.cancel': async ({ jobId }) => ({ canceled: await queue.cancel(jobId) }),
    'jobs.retry': async ({ jobId }) => ({ jobId: queue.retry(jobId).id }),
    'jobs.clearFinished': async () => ({ cleared: queue.clearFinished() }),
  };

  searchIndex.warmUpIfUsed();
  const calls = new InFlightCalls();
  const uploadsPath = path.join(workspacePath, UPLOADS_FOLDER);
  // In the background: start-up does not wait for it, and a failure only means less is tidied.
  void tidyUploads(uploadsPath, sessions).catch((error: unknown) => log(`tidy uploads: ${String(error)}`));

  return {
    api: checkedApi(implementation, calls),
    events,
    workspacePath,
    uploadsPath,
    log,
    models: {
      folder: models.folder,
      importUploaded: async (filePath, details, signal) => {
        const model = await models.importLocal(
          filePath,
          // The upload's temp file is moved into the models folder, not copied a second time.
          { ...details, origin: 'upload', moveSource: true },
          signal,
        );
        // Cancelled while the last step ran: the page was told nothing was added, so nothing is.
        if (signal?.aborted) {
          await models.remove(model.id);
          throw engineError('model-copy-canceled', { name: model.fileName });
        }
        return model;
      },
    },
    resolveMediaAsset: (sessionId, mediaId, asset) =>
      resolveMediaAsset(importDeps, sessionId, mediaId, asset),
    close: async () => {
      await queue.close();
      for (const task of closeTasks) await task();
      // Saves already under way finish before the process may exit (atomic writes keep the old copy anyway).
      await calls.settled();
      await searchIndex.close();
    },
  };
}

/** Calls under way, so closing the engine can wait for saves that have started. */
class InFlightCalls {
  private readonly pending = new Set<Promise<unknown>>();

  track<T>(call: Promise<T>): Promise<T> {
    this.pending.add(call);
    void call.finally(() => this.pending.delete(call)).catch(() => undefined);
    return call;
  }

  async settled(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }
}

/** Every call is checked against the contract's request schema, whoever calls (IPC, server, CLI). */
function checkedApi(implementation: ApiImplementation, calls: InFlightCalls): GuftaguApi {
  const checked: Partial<Record<MethodName, (request: unknown) => Promise<unknown>>> = {};
  for (const name of methodNames) {
    const handler = implementation[name] as (request: unknown) => Promise<unknown>;
    checked[name] = (request: unknown) =>
      calls.track(Promise.resolve().then(() => handler(parseRequest(name, request))));
  }
  return checked as GuftaguApi;
}

export function parseRequest(name: MethodName, request: unknown): unknown {
  const parsed = apiMethods[name].request.safeParse(request ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  throw engineError(
    'request-invalid',
    { method: name, where, issue: issue?.message ?? 'the request is not valid' },
    issue && issue.path.length > 0 ? { field: issue.path.join('.') } : {},
  );
}
