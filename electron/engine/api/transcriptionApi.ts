import path from 'node:path';
import { GuftaguError } from '../../../shared/errors';
import type { ApiImplementation } from '../../../shared/api/contract';
import { modelChecksum, whisperModelCatalogue } from '../../../shared/model/whisperModels';
import type { JobQueue } from '../jobs/queue';
import { modelDownloadJob } from '../transcription/models/job';
import { checkDtw, setUpDtw } from '../transcription/dtwSetup';
import { transcribeMediaJob, type TranscribeJobDependencies } from '../transcription/transcribeJob';
import { locateWhisper } from '../whisperLocate';

type TranscriptionApi = Pick<
  ApiImplementation,
  | 'models.list'
  | 'models.download'
  | 'models.import'
  | 'models.remove'
  | 'transcripts.start'
  | 'transcripts.dtwSupport'
  | 'transcripts.get'
  | 'transcripts.save'
>;

export function createTranscriptionApi(
  queue: JobQueue,
  deps: TranscribeJobDependencies,
  modelsFolder: string,
): TranscriptionApi {
  const { models, transcripts, sessions } = deps;
  return {
    'models.list': async () => {
      const [installed, partials, disk] = await Promise.all([
        models.list(),
        models.partials(),
        models.diskUsage(),
      ]);
      const catalogue = whisperModelCatalogue.map((entry) => ({
        id: entry.id,
        fileName: entry.fileName,
        bytes: entry.bytes,
        multilingual: entry.multilingual,
        family: entry.family,
        ...(entry.quantization ? { quantization: entry.quantization } : {}),
        hasChecksum: modelChecksum(entry) !== undefined,
        note: entry.note,
      }));
      return { folder: modelsFolder, installed, partials, catalogue, diskUseBytes: disk.totalBytes };
    },
    'models.download': async ({ id }) => ({
      jobId: queue.enqueue({
        title: { kind: 'model-download', params: { model: id } },
        pool: 'network',
        run: modelDownloadJob(models, id),
      }).id,
    }),
    'models.import': ({ path: modelPath }) => models.importLocal(modelPath),
    'models.remove': ({ id }) => models.remove(id),
    'transcripts.start': async ({ sessionId, mediaId, model, language, translate, vad, prompt, dtw }) => {
      const session = await sessions.get(sessionId);
      const media = session.media.find((item) => item.id === mediaId);
      const name = media ? media.fileName : mediaId;
      // Fail now, not in the queue, when the model is missing: the UI offers the download.
      await models.resolve(model);
      // DTW that cannot run is refused now, with its reason, not after the job has queued.
      if (dtw) await setUpDtw({ whisperPath: await whisperPathOrThrow(deps), models, model });
      const spec = {
        sessionId,
        mediaId,
        model,
        language,
        translate: translate ?? false,
        vad: vad ?? 'auto',
        ...(prompt?.trim() ? { prompt: prompt.trim() } : {}),
        ...(dtw ? { dtw } : {}),
      };
      const title = {
        kind: 'transcribe' as const,
        params: { name, model: path.basename(model), language, translate: spec.translate ? 'yes' : 'no' },
      };
      return {
        jobId: queue.enqueue({
          title,
          sessionId,
          pool: 'whisper',
          run: (context) => transcribeMediaJob(spec, deps, context),
        }).id,
      };
    },
    'transcripts.dtwSupport': async ({ model }) => {
      const whisper = await locateWhisper(deps.settings());
      if (!whisper.ok || !whisper.path) return { available: false, refusal: 'no-whisper' as const };
      const choice = await checkDtw({ whisperPath: whisper.path, models, model });
      return choice.ok
        ? { available: true, preset: choice.preset, version: choice.version }
        : { available: false, refusal: choice.refusal, version: choice.version };
    },
    'transcripts.get': async ({ sessionId, mediaId }) => ({
      transcript: (await transcripts.get(sessionId, mediaId)) ?? null,
    }),
    'transcripts.save': async ({ sessionId, transcript, baseRevision }) => {
      const session = await sessions.get(sessionId);
      if (!session.media.some((media) => media.id === transcript.mediaId)) {
        throw new GuftaguError(
          'not-found',
          'That media item is not in this session.',
          'Refresh the session.',
        );
      }
      return { transcript: await transcripts.save(sessionId, transcript, baseRevision) };
    },
  };
}

async function whisperPathOrThrow(deps: TranscribeJobDependencies): Promise<string> {
  const whisper = await locateWhisper(deps.settings());
  if (!whisper.ok || !whisper.path)
    throw new GuftaguError(
      'tool-missing',
      'whisper.cpp is not available.',
      whisper.problem ?? 'Run "npm run build:whisper" or set the whisper path in Settings.',
    );
  return whisper.path;
}
