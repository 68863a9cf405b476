import { promises as fs } from 'node:fs';
import path from 'node:path';
import { englishRoughDuration } from '../../shared/jobs/roughDuration';
import { GuftaguError } from '../../shared/errors';
import { resolveFfmpegTools } from '../engine/media/binaries';
import { extractAudio } from '../engine/media/extractAudio';
import { probeMedia } from '../engine/media/probe';
import { makeTempFolder } from '../engine/process/jobFolders';
import { SettingsStore } from '../engine/settingsStore';
import { estimateTranscription } from '../engine/transcription/estimateTranscription';
import { ModelManager } from '../engine/transcription/models/manager';
import { CALIBRATION_SLICE_MS } from '../engine/transcription/speedBook';
import { speedBookFor } from '../engine/transcription/transcribeJob';
import { setUpVad } from '../engine/transcription/vadSetup';
import { locateWhisper } from '../engine/whisperLocate';
import { defaultConfigDir } from '../engine/workspace/paths';

export interface RecommendOptions {
  language: string;
  file?: string;
  model?: string;
  translate?: boolean;
  /** --vad / --no-vad; absent: "auto". */
  vad?: boolean;
  /** --no-calibrate: answer from what is known or a guess, without a 30 s whisper run. */
  calibrate?: boolean;
  json?: boolean;
}

/**
 * `guftagu models recommend --language ur [--file <media>]`: the installed model to use for a language and,
 * for a file, how long transcribing it takes on this computer (a 30 s calibration run when nothing is known).
 */
export async function modelsRecommendCommand(
  options: RecommendOptions,
  signal: AbortSignal,
): Promise<number> {
  const configDir = defaultConfigDir();
  const settings = await new SettingsStore(configDir).get();
  const models = ModelManager.forConfigDir(configDir);
  const installed = await models.list();
  const whisper = await locateWhisper(settings);
  const whisperPath = whisper.ok ? whisper.path : undefined;
  let temp: string | undefined;
  try {
    let audioMs: number | undefined;
    let useVad = false;
    let calibrationWav: (() => Promise<string>) | undefined;
    if (options.file) {
      const tools = resolveFfmpegTools(settings);
      const file = path.resolve(options.file);
      const probe = await probeMedia(file, { ffprobePath: tools.ffprobe.path, signal });
      if (!probe.audio)
        throw new GuftaguError(
          'no-audio',
          `${path.basename(file)} has no sound to transcribe.`,
          'Choose a recording with sound.',
        );
      audioMs = probe.durationMs;
      if (whisperPath)
        useVad = await setUpVad({
          choice: options.vad === undefined ? 'auto' : options.vad ? 'on' : 'off',
          durationMs: probe.durationMs,
          whisperPath,
          modelsFolder: models.folder,
        }).then(
          (setup) => Boolean(setup.vadModelPath),
          () => false,
        );
      calibrationWav = async () => {
        temp ??= await makeTempFolder('guftagu-transcribe-');
        const slicePath = path.join(temp, 'slice.wav');
        const sliceMs = Math.min(CALIBRATION_SLICE_MS, probe.durationMs);
        const startMs = Math.max(0, Math.floor((probe.durationMs - sliceMs) / 2));
        await extractAudio(file, slicePath, {
          ffmpegPath: tools.ffmpeg.path,
          durationMs: sliceMs,
          range: { startMs, durationMs: sliceMs },
          ...(signal ? { signal } : {}),
        });
        return slicePath;
      };
    }
    const estimate = await estimateTranscription(installed, speedBookFor({ models }), {
      language: options.language,
      ...(options.model ? { model: options.model } : {}),
      ...(audioMs !== undefined ? { audioMs } : {}),
      translate: options.translate ?? false,
      vad: useVad,
      calibrate: options.calibrate !== false,
      ...(whisperPath ? { whisperPath } : {}),
      ...(calibrationWav ? { calibrationWav } : {}),
      tempFolder: async () => (temp ??= await makeTempFolder('guftagu-transcribe-')),
      signal,
    });
    if (options.json) {
      process.stdout.write(
        `${JSON.stringify({ language: options.language, ...(options.file ? { file: options.file } : {}), ...(audioMs !== undefined ? { audioMs } : {}), ...estimate }, null, 2)}\n`,
      );
      return 0;
    }
    const { recommendation } = estimate;
    const lines: string[] = [];
    if (recommendation.modelId && recommendation.goodEnough)
      lines.push(`Recommended for ${options.language}: ${recommendation.modelId}`);
    else if (recommendation.modelId)
      lines.push(
        `Best installed for ${options.language}: ${recommendation.modelId} (a draft: ${recommendation.minimumFamily} or larger is needed). Download ${recommendation.download ?? ''}: guftagu models download ${recommendation.download ?? ''}`,
      );
    else
      lines.push(
        `No model installed for ${options.language}. Download one: guftagu models download ${recommendation.download ?? 'small'}`,
      );
    if (estimate.estimateMs !== undefined && options.file)
      lines.push(
        `Estimated time for ${path.basename(options.file)} with ${estimate.model ?? ''}: ${englishRoughDuration(estimate.estimateMs)} on this computer (${sourceText(estimate.source)})`,
      );
    else if (options.file && !whisperPath)
      lines.push('No time estimate: whisper.cpp is not available (guftagu doctor).');
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } finally {
    if (temp) await fs.rm(temp, { recursive: true, force: true });
  }
}

function sourceText(source: string | undefined): string {
  if (source === 'runs') return 'measured on earlier transcriptions';
  if (source === 'calibration') return 'measured by a 30-second calibration run';
  return 'a first guess from the model size; it is measured on the first run';
}
