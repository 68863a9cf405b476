import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ApiImplementation } from '../../../shared/api/contract';
import { engineError } from '../../../shared/errorTexts';
import { modelChecksum, whisperModelCatalogue } from '../../../shared/model/whisperModels';
import type { JobQueue } from '../jobs/queue';
import { modelDownloadJob, vadDownloadJob } from '../transcription/models/job';
import { isVadModelName, removeVadModel, vadModelStatus } from '../transcription/models/vad';
import { checkDtw, setUpDtw } from '../transcription/dtwSetup';
import { estimateTranscription } from '../transcription/estimateTranscription';
import {
  speedBookFor,
  transcribeMediaJob,
  type TranscribeJobDependencies,
} from '../transcription/transcribeJob';
import { setUpVad } from '../transcription/vadSetup';
import { makeJobFolder } from '../process/jobFolders';
import { locateWhisper } from '../whisperLocate';

type TranscriptionApi = Pick<
  ApiImplementation,
  | 'models.list'
  | 'models.download'
  | 'models.import'
  | 'models.update'
  | 'models.remove'
  | 'transcripts.start'
  | 'transcripts.dtwSupport'
  | 'transcripts.estimate'
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
      const [installed, partials, disk, vad] = await Promise.all([
        models.list(),
        models.partials(),
        models.diskUsage(),
        vadModelStatus(modelsFolder),
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
      const vadBytes = vad.state === 'own' ? 0 : (vad.sizeBytes ?? 0) + (vad.partialBytes ?? 0);
      return {
        folder: modelsFolder,
        installed,
        partials,
        catalogue,
        diskUseBytes: disk.totalBytes + vadBytes,
        vad,
      };
    },
    'models.download': async ({ id }) => ({
      jobId: queue.enqueue({
        title: { kind: 'model-download', params: { model: id } },
        pool: 'network',
        run: isVadModelName(id) ? vadDownloadJob(modelsFolder) : modelDownloadJob(models, id),
      }).id,
    }),
    'models.import': ({ path: modelPath, displayName, languages }) =>
      models.importLocal(modelPath, { displayName, languages }),
    'models.update': ({ id, displayName, languages }) => models.updateDetails(id, { displayName, languages }),
    'models.remove': async ({ id }) => {
      if (!isVadModelName(id)) return models.remove(id);
      const removed = await removeVadModel(modelsFolder);
      if (removed.length === 0) throw engineError('vad-model-not-installed');
      return { removed };
    },
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
    'transcripts.estimate': async ({ sessionId, mediaId, language, model, translate, vad, calibrate }) => {
      const session = await sessions.get(sessionId);
      const media = session.media.find((item) => item.id === mediaId);
      const whisper = await locateWhisper(deps.settings());
      const audio = media?.status === 'ready' ? media.assets.audio : undefined;
      const whisperPath = whisper.ok ? whisper.path : undefined;
      const useVad =
        whisperPath && media
          ? await setUpVad({
              choice: vad ?? 'auto',
              durationMs: media.probe.durationMs,
              whisperPath,
              modelsFolder: models.folder,
            }).then(
              (setup) => Boolean(setup.vadModelPath),
              () => false,
            )
          : false;
      const sessionFolder = sessions.folder(sessionId);
      let tempFolder: string | undefined;
      try {
        const estimate = await estimateTranscription(await models.list(), speedBookFor(deps), {
          language,
          ...(model ? { model } : {}),
          ...(media && audio ? { audioMs: media.probe.durationMs } : {}),
          translate: translate ?? false,
          vad: useVad,
          calibrate: calibrate ?? false,
          ...(whisperPath ? { whisperPath } : {}),
          ...(audio ? { calibrationWav: async () => path.join(sessionFolder, audio) } : {}),
          tempFolder: async () => {
            tempFolder = await makeJobFolder(
              path.join(sessionFolder, 'transcripts'),
              `estimate-${randomBytes(4).toString('hex')}`,
            );
            return tempFolder;
          },
          ...(deps.log ? { log: deps.log } : {}),
        });
        const { estimateMs, ...rest } = estimate;
        return { ...rest, ...(estimateMs !== undefined ? { estimateMs: Math.round(estimateMs) } : {}) };
      } finally {
        if (tempFolder) await fs.rm(tempFolder, { recursive: true, force: true });
      }
    },
    'transcripts.get': async ({ sessionId, mediaId }) => ({
      transcript: (await transcripts.get(sessionId, mediaId)) ?? null,
    }),
    'transcripts.save': async ({ sessionId, transcript, baseRevision }) => {
      const session = await sessions.get(sessionId);
      if (!session.media.some((media) => media.id === transcript.mediaId)) {
        throw engineError('media-not-in-session');
      }
      return { transcript: await transcripts.save(sessionId, transcript, baseRevision) };
    },
  };
}

async function whisperPathOrThrow(deps: TranscribeJobDependencies): Promise<string> {
  const whisper = await locateWhisper(deps.settings());
  if (!whisper.ok || !whisper.path) throw engineError('whisper-unavailable');
  return whisper.path;
}
