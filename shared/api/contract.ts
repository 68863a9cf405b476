import { z } from 'zod';
import { doctorReportSchema } from '../model/doctor';
import { jobSnapshotSchema } from '../model/jobs';
import { mediaSchema, peaksSchema } from '../model/media';
import { backupInfoSchema, sessionSchema, sessionSummarySchema, sessionViewSchema } from '../model/session';
import { settingsPatchSchema, settingsSchema } from '../model/settings';
import { installedModelSchema, modelFamilies, partialModelSchema } from '../model/whisperModels';
import { transcriptSchema } from '../transcript/model';

/**
 * The one API contract. Every binding (Electron IPC, the browser-mode server, the renderer's client)
 * is derived from this object; never write these types a second time.
 */
const method = <Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res) => ({
  request,
  response,
});

const empty = z.object({}).strict();
const sessionId = z.string().min(1).max(200);
const languageCode = z
  .string()
  .regex(/^(auto|[a-z]{2,3})$/, 'Choose "auto" or a language code such as ur, en, sd, pa, ps.');
const catalogueEntrySchema = z.object({
  id: z.string(),
  fileName: z.string(),
  bytes: z.number().int(),
  multilingual: z.boolean(),
  family: z.enum(modelFamilies),
  quantization: z.string().optional(),
  /** False when no checksum is published: the download is checked by size only ("not verified"). */
  hasChecksum: z.boolean(),
  note: z.string(),
});
const title = z.string().trim().min(1, 'A title is needed.').max(200, 'Keep the title under 200 characters.');

export const apiMethods = {
  'app.info': method(
    empty,
    z.object({ version: z.string(), workspacePath: z.string(), platform: z.string(), binding: z.string() }),
  ),
  'settings.get': method(empty, settingsSchema),
  'settings.update': method(settingsPatchSchema, settingsSchema),
  'doctor.report': method(empty, doctorReportSchema),

  'sessions.list': method(empty, z.array(sessionSummarySchema)),
  'sessions.create': method(z.object({ title }), sessionSchema),
  'sessions.rename': method(z.object({ sessionId, title }), sessionSchema),
  'sessions.get': method(z.object({ sessionId }), sessionViewSchema),
  'sessions.saveNotes': method(z.object({ sessionId, notes: z.string().max(100_000) }), sessionSchema),
  'sessions.backups': method(z.object({ sessionId }), z.array(backupInfoSchema)),
  'sessions.restoreBackup': method(z.object({ sessionId, backupName: z.string().min(1) }), sessionSchema),

  'media.import': method(
    z.object({ sessionId, paths: z.array(z.string().min(1)).min(1, 'Choose at least one file.') }),
    z.object({ jobIds: z.array(z.string()) }),
  ),
  'media.relink': method(z.object({ sessionId, mediaId: z.string(), path: z.string().min(1) }), mediaSchema),
  'media.remove': method(z.object({ sessionId, mediaId: z.string() }), sessionSchema),
  'media.peaks': method(
    z.object({ sessionId, mediaId: z.string(), buckets: z.number().int().min(1).max(100_000).optional() }),
    peaksSchema,
  ),

  'models.list': method(
    empty,
    z.object({
      folder: z.string(),
      installed: z.array(installedModelSchema),
      partials: z.array(partialModelSchema),
      catalogue: z.array(catalogueEntrySchema),
      diskUseBytes: z.number().int(),
    }),
  ),
  'models.download': method(z.object({ id: z.string().min(1) }), z.object({ jobId: z.string() })),
  'models.import': method(z.object({ path: z.string().min(1) }), installedModelSchema),
  'models.remove': method(z.object({ id: z.string().min(1) }), z.object({ removed: z.array(z.string()) })),

  'transcripts.start': method(
    z.object({
      sessionId,
      mediaId: z.string().min(1),
      /** Catalogue id ('small'), an installed file name, or a path to a ggml model. */
      model: z.string().min(1, 'Choose a model.'),
      language: languageCode,
      translate: z.boolean().default(false),
    }),
    z.object({ jobId: z.string() }),
  ),
  'transcripts.get': method(
    z.object({ sessionId, mediaId: z.string().min(1) }),
    z.object({ transcript: transcriptSchema.nullable() }),
  ),

  'jobs.list': method(empty, z.array(jobSnapshotSchema)),
  'jobs.cancel': method(z.object({ jobId: z.string() }), z.object({ canceled: z.boolean() })),
  'jobs.retry': method(z.object({ jobId: z.string() }), z.object({ jobId: z.string() })),
  'jobs.clearFinished': method(empty, z.object({ cleared: z.number().int() })),
} as const;

export const apiEvents = {
  'jobs.event': jobSnapshotSchema,
  'workspace.changed': z.object({ sessionId: z.string().optional() }),
} as const;

export type ApiMethods = typeof apiMethods;
export type MethodName = keyof ApiMethods;
export type EventName = keyof typeof apiEvents;
export const methodNames = Object.keys(apiMethods) as MethodName[];
export const eventNames = Object.keys(apiEvents) as EventName[];

export type ApiRequest<M extends MethodName> = z.input<ApiMethods[M]['request']>;
export type ApiResponse<M extends MethodName> = z.output<ApiMethods[M]['response']>;
export type ApiEvent<E extends EventName> = z.output<(typeof apiEvents)[E]>;

/** The engine implements this; every binding exposes exactly this. */
export type GuftaguApi = { [M in MethodName]: (request: ApiRequest<M>) => Promise<ApiResponse<M>> };

export type EventListener<E extends EventName> = (payload: ApiEvent<E>) => void;
export type Unsubscribe = () => void;
export interface EventSource {
  on<E extends EventName>(event: E, listener: EventListener<E>): Unsubscribe;
}

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(apiMethods, name);
}

/** IPC channel names: one per method, one for events. */
export const ipcChannel = (name: MethodName) => `guftagu:${name}`;
export const IPC_EVENT_CHANNEL = 'guftagu:event';
