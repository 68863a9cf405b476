import { engineError } from '../../../shared/errorTexts';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Settings } from '../../../shared/model/settings';
import { shouldCalibrateBeforeRun } from '../../../shared/transcript/speedEstimate';
import type { VadChoice } from '../../../shared/transcript/vadPolicy';
import type { JobContext } from '../jobs/queue';
import { makeJobFolder } from '../process/jobFolders';
import { locateWhisper } from '../whisperLocate';
import type { SessionStore } from '../workspace/sessionStore';
import type { ModelManager } from './models/manager';
import { setUpTranscriptionRun } from './dtwSetup';
import { hasNoSpeech, transcribeWav } from './transcribe';
import { setUpVad } from './vadSetup';
import { SpeedBook } from './speedBook';
import { SpeedStore } from './speedStore';
import type { TranscriptStore } from './transcriptStore';

export interface TranscribeJobDependencies {
  sessions: SessionStore;
  transcripts: TranscriptStore;
  models: ModelManager;
  settings: () => Settings;
  log?: (line: string) => void;
  /** How fast whisper runs here (default: the speeds file in the models folder). */
  speeds?: SpeedBook;
}

const speedBooks = new Map<string, SpeedBook>();

/** One speed book per models folder, so calibrations of the app and its jobs are not repeated. */
export function speedBookFor(deps: Pick<TranscribeJobDependencies, 'models' | 'speeds'>): SpeedBook {
  if (deps.speeds) return deps.speeds;
  let book = speedBooks.get(deps.models.folder);
  if (!book) {
    book = new SpeedBook(SpeedStore.inFolder(deps.models.folder));
    speedBooks.set(deps.models.folder, book);
  }
  return book;
}

export interface TranscribeJobSpec {
  sessionId: string;
  mediaId: string;
  model: string;
  language: string;
  translate: boolean;
  /** Skip silence: 'auto' (default) is on for recordings longer than a minute (shared/transcript/vadPolicy.ts). */
  vad?: VadChoice;
  /** Initial prompt: the session's vocabulary. */
  prompt?: string;
  /** DTW word times (whisper -nfa -dtw <the model's preset>); refused for a model without a known preset. */
  dtw?: boolean;
}

/**
 * The transcribe job: the import's 16 kHz WAV through whisper.cpp, words into cues, saved with the
 * session. Its temp folder (chunks, whisper's JSON) is removed whatever happens.
 */
export async function transcribeMediaJob(
  spec: TranscribeJobSpec,
  deps: TranscribeJobDependencies,
  context: JobContext,
): Promise<void> {
  const session = await deps.sessions.get(spec.sessionId);
  const media = session.media.find((item) => item.id === spec.mediaId);
  if (!media) throw engineError('media-not-in-session');
  if (media.status !== 'ready' || !media.assets.audio) {
    throw engineError('media-no-sound-yet', { name: media.fileName });
  }
  const whisper = await locateWhisper(deps.settings());
  if (!whisper.ok || !whisper.path)
    throw engineError('whisper-unavailable', {
      problem: whisper.problem ?? 'Run "npm run build:whisper" or set the whisper path in Settings.',
    });
  const { modelPath, dtwPreset, runSettings } = await setUpTranscriptionRun({
    whisperPath: whisper.path,
    models: deps.models,
    model: spec.model,
    dtw: spec.dtw ?? false,
  });
  const vad = await setUpVad({
    choice: spec.vad ?? 'auto',
    durationMs: media.probe.durationMs,
    whisperPath: whisper.path,
    modelsFolder: deps.models.folder,
  });
  const sessionFolder = deps.sessions.folder(spec.sessionId);
  const tempFolder = await makeJobFolder(path.join(sessionFolder, 'transcripts'), context.jobId);
  const wavPath = path.join(sessionFolder, media.assets.audio);
  const speedSettings = runSettings(vad.vadModelPath);
  const speeds = speedBookFor(deps);
  try {
    let planned = await speeds.plan(speedSettings);
    if (shouldCalibrateBeforeRun(media.probe.durationMs, planned.source !== 'guess')) {
      context.progress(0, { code: 'measuring-speed' });
      planned = await speeds.calibrate(speedSettings, wavPath, {
        language: spec.language,
        tempFolder,
        signal: context.signal,
        ...(deps.log ? { log: deps.log } : {}),
      });
    }
    const transcript = await transcribeWav(
      {
        mediaId: media.id,
        wavPath,
        durationMs: media.probe.durationMs,
        modelPath,
        language: spec.language,
        translate: spec.translate,
        ...(vad.vadModelPath ? { vadModelPath: vad.vadModelPath } : {}),
        ...(spec.prompt ? { prompt: spec.prompt } : {}),
        ...(dtwPreset ? { dtwPreset } : {}),
      },
      {
        whisperPath: whisper.path,
        tempFolder,
        signal: context.signal,
        progress: (ratio, step, etaMs) => context.progress(Math.min(ratio, 0.99), step, etaMs),
        speed: planned.speed,
        onRunTimed: (run) => {
          speeds
            .recordRun(speedSettings, run)
            .catch((error: unknown) => deps.log?.(`transcription speed not saved: ${String(error)}`));
        },
        ...(deps.log ? { log: deps.log } : {}),
      },
    );
    // Saving announces the transcript to every window (workspace.changed, kind 'transcript').
    await deps.transcripts.save(spec.sessionId, transcript);
    context.progress(
      1,
      hasNoSpeech(transcript)
        ? { code: 'no-speech' }
        : { code: 'cues-found', params: { count: transcript.tracks[0]?.cues.length ?? 0 } },
    );
  } finally {
    await fs.rm(tempFolder, { recursive: true, force: true });
  }
}
