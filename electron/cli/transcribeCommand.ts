import { englishStep } from '../../shared/jobs/jobText';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { GuftaguError } from '../../shared/errors';
import type { JobSnapshot } from '../../shared/model/jobs';
import { toSrt, toVtt, type SubtitleFormat } from '../../shared/subtitles/writeSubtitles';
import type { Track, Transcript } from '../../shared/transcript/model';
import { resolveFfmpegTools } from '../engine/media/binaries';
import { extractAudio } from '../engine/media/extractAudio';
import { probeMedia } from '../engine/media/probe';
import { makeTempFolder, sweepLeftFolders } from '../engine/process/jobFolders';
import { SettingsStore } from '../engine/settingsStore';
import { ModelManager } from '../engine/transcription/models/manager';
import { hasNoSpeech, transcribeWav } from '../engine/transcription/transcribe';
import { setUpTranscriptionRun, type TranscriptionRun } from '../engine/transcription/dtwSetup';
import { setUpVad } from '../engine/transcription/vadSetup';
import { speedBookFor } from '../engine/transcription/transcribeJob';
import { shouldCalibrateBeforeRun } from '../../shared/transcript/speedEstimate';
import { locateWhisper } from '../engine/whisperLocate';
import { writeFileAtomic } from '../engine/workspace/atomicWrite';
import { defaultConfigDir } from '../engine/workspace/paths';
import { createJobProgressView } from './progress';

export interface TranscribeOptions {
  model: string;
  language: string;
  translate?: boolean;
  format: SubtitleFormat;
  output?: string;
  /** --vad / --no-vad; absent: "auto" (on for recordings longer than a minute). */
  vad?: boolean;
  prompt?: string;
  /** --dtw / --no-dtw: DTW word times with the model's preset; absent: off. */
  dtw?: boolean;
  /** --dtw-preset: the preset for a model the catalogue does not know (implies --dtw). */
  dtwPreset?: string;
}

/**
 * `guftagu transcribe <media>`: works on any file, with or without a workspace. The sound is extracted
 * to a temp folder, transcribed, and written as SRT, WebVTT or the full JSON transcript.
 */
export async function transcribeCommand(
  mediaPath: string,
  options: TranscribeOptions,
  signal: AbortSignal,
): Promise<number> {
  if (options.translate && options.format !== 'json' && !options.output) {
    throw new GuftaguError(
      'invalid-request',
      'With --translate there are two tracks to write.',
      'Add --output <file>: the English track goes beside it as <name>.en.<format>.',
    );
  }
  const configDir = defaultConfigDir();
  const settings = await new SettingsStore(configDir).get();
  const tools = resolveFfmpegTools(settings);
  const whisper = await locateWhisper(settings);
  if (!whisper.ok || !whisper.path)
    throw new GuftaguError(
      'tool-missing',
      'whisper.cpp is not available.',
      whisper.problem ?? 'Run "npm run build:whisper".',
    );
  const models = ModelManager.forConfigDir(configDir);
  const { modelPath, dtwPreset, runSettings } = await setUpRun(options, whisper.path, models);

  const view = createJobProgressView(process.stderr, { etaLines: true });
  const label = `Transcribe ${path.basename(mediaPath)}`;
  const show = (progress: number, step: string, etaMs?: number) =>
    view.update(snapshot(label, progress, step, etaMs));
  // What a killed `guftagu transcribe` left in the temp folder goes first (only when its process ended).
  await sweepLeftFolders([]);
  const temp = await makeTempFolder('guftagu-transcribe-');
  try {
    const probe = await probeMedia(mediaPath, { ffprobePath: tools.ffprobe.path, signal });
    if (!probe.audio)
      throw new GuftaguError(
        'no-audio',
        `${path.basename(mediaPath)} has no sound to transcribe.`,
        'Choose a recording with sound.',
      );
    const wavPath = path.join(temp, 'audio.wav');
    await extractAudio(mediaPath, wavPath, {
      ffmpegPath: tools.ffmpeg.path,
      durationMs: probe.durationMs,
      signal,
      onProgress: (ratio) => show(ratio * 0.1, 'extracting audio'),
    });
    const vad = await setUpVad({
      choice: options.vad === undefined ? 'auto' : options.vad ? 'on' : 'off',
      durationMs: probe.durationMs,
      whisperPath: whisper.path,
      modelsFolder: models.folder,
    });
    if (
      !vad.decision.use &&
      (vad.decision.reason === 'no-vad-model' || vad.decision.reason === 'no-vad-build')
    )
      process.stderr.write(
        `Transcribing the silence too: ${vad.decision.reason === 'no-vad-model' ? 'the voice activity model is not downloaded ("guftagu models download-vad")' : 'this whisper build has no --vad'}.\n`,
      );
    const speedSettings = runSettings(vad.vadModelPath);
    const speeds = speedBookFor({ models });
    let planned = await speeds.plan(speedSettings);
    if (shouldCalibrateBeforeRun(probe.durationMs, planned.source !== 'guess')) {
      show(0.1, 'measuring the speed of this computer');
      planned = await speeds.calibrate(speedSettings, wavPath, {
        language: options.language,
        tempFolder: temp,
        signal,
      });
    }
    const transcript = await transcribeWav(
      {
        mediaId: 'cli',
        wavPath,
        durationMs: probe.durationMs,
        modelPath,
        language: options.language,
        translate: options.translate ?? false,
        ...(vad.vadModelPath ? { vadModelPath: vad.vadModelPath } : {}),
        ...(options.prompt?.trim() ? { prompt: options.prompt.trim() } : {}),
        ...(dtwPreset ? { dtwPreset } : {}),
      },
      {
        whisperPath: whisper.path,
        tempFolder: temp,
        signal,
        progress: (ratio, step, etaMs) => show(0.1 + ratio * 0.9, englishStep(step), etaMs),
        speed: planned.speed,
        onRunTimed: (run) => {
          speeds
            .recordRun(speedSettings, run)
            .catch((error: unknown) =>
              process.stderr.write(`The transcription speed was not saved: ${String(error)}\n`),
            );
        },
      },
    );
    view.update({ ...snapshot(label, 1, 'done'), state: 'succeeded' });
    view.stop();
    if (hasNoSpeech(transcript))
      process.stderr.write(
        `No speech found in ${path.basename(mediaPath)} (model ${path.basename(modelPath)}).\n`,
      );
    await writeOutputs(transcript, options);
    return 0;
  } finally {
    view.stop();
    await fs.rm(temp, { recursive: true, force: true });
  }
}

/** The model, the DTW preset (checked before any work starts; none without --dtw) and the speed settings. */
async function setUpRun(
  options: TranscribeOptions,
  whisperPath: string,
  models: ModelManager,
): Promise<TranscriptionRun> {
  if (options.dtwPreset !== undefined && options.dtw === false) {
    await models.resolve(options.model); // an unknown model is reported first, as before
    throw new GuftaguError(
      'invalid-request',
      '--dtw-preset and --no-dtw contradict each other.',
      'Leave out one of them.',
    );
  }
  const run = await setUpTranscriptionRun({
    whisperPath,
    models,
    model: options.model,
    dtw: options.dtw === true || options.dtwPreset !== undefined,
    ...(options.dtwPreset !== undefined ? { explicitPreset: options.dtwPreset } : {}),
  });
  if (run.dtwPreset)
    process.stderr.write(
      `Word times by DTW (preset ${run.dtwPreset}): flash attention is off, so encoding takes about 1.3-1.5x as long.\n`,
    );
  return run;
}

async function writeOutputs(transcript: Transcript, options: TranscribeOptions): Promise<void> {
  if (options.format === 'json') return emit(`${JSON.stringify(transcript, null, 2)}\n`, options.output);
  const [original, translation] = transcript.tracks;
  await emit(render(original, options.format), options.output);
  if (translation && options.output) {
    const parsed = path.parse(options.output);
    await emit(
      render(translation, options.format),
      path.join(parsed.dir, `${parsed.name}.en${parsed.ext || `.${options.format}`}`),
    );
  }
}

function render(track: Track | undefined, format: Exclude<SubtitleFormat, 'json'>): string {
  const cues = track?.cues ?? [];
  return format === 'srt' ? toSrt(cues) : toVtt(cues, track?.language);
}

async function emit(text: string, output: string | undefined): Promise<void> {
  if (!output) {
    process.stdout.write(text);
    return;
  }
  await fs.mkdir(path.dirname(path.resolve(output)), { recursive: true });
  await writeFileAtomic(path.resolve(output), text);
  process.stderr.write(`Wrote ${output}\n`);
}

function snapshot(label: string, progress: number, step: string, etaMs?: number): JobSnapshot {
  return {
    ...(etaMs !== undefined ? { etaMs: Math.max(0, Math.round(etaMs)) } : {}),
    id: 'cli-transcribe',
    kind: 'transcribe',
    label,
    state: 'running',
    progress,
    step,
    createdAt: new Date().toISOString(),
  };
}
